import { useState } from 'react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { PROGRAM_ROLES, type ProgramRole, type Question } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ConfirmRemoval } from '../../components/ConfirmRemoval';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useDeleteQuestion, useQuestions, useUpdateQuestion } from './api';
import { AddQuestionForm, EditQuestionForm } from './QuestionForm';
import { reorder } from './questions';

type Dialog = { mode: 'edit'; question: Question } | { mode: 'delete'; question: Question } | null;

/** The form builder: each role's own questions, in order, besides the standard profile questions. */
export function QuestionsSection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const questions = useQuestions(programId);
  const update = useUpdateQuestion(programId);
  const remove = useDeleteQuestion(programId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [moving, setMoving] = useState(false);
  const close = () => setDialog(null);

  const move = async (list: Question[], index: number, delta: -1 | 1) => {
    setMoving(true);
    try {
      for (const change of reorder(list, index, delta))
        await update.mutateAsync({ questionId: change.questionId, patch: { position: change.position } });
    } catch {
      // shown from update.error
    } finally {
      setMoving(false);
    }
  };

  const byRole = (role: ProgramRole) => (questions.data ?? []).filter((q) => q.role === role).sort((a, b) => a.position - b.position);

  return (
    <section aria-labelledby="questions-heading" className="section">
      <Heading level={2} data-size="sm" id="questions-heading">
        {t('programs:questions.heading')}
      </Heading>
      <Paragraph>{t('programs:questions.intro')}</Paragraph>
      <ErrorAlert error={questions.error ?? update.error} />
      {questions.isPending ? <Loading /> : null}
      {PROGRAM_ROLES.map((role) => {
        const list = byRole(role);
        return (
          <div key={role} className="questions">
            <Heading level={3} data-size="xs">
              {t(`programs:questions.for.${role}`)}
            </Heading>
            {list.length === 0 ? (
              <Paragraph data-size="sm">{t('programs:questions.empty')}</Paragraph>
            ) : (
              <ol className="questions__list">
                {list.map((q, i) => (
                  <li key={q.id} className="questions__item">
                    <div>
                      <strong>{q.label}</strong>{' '}
                      <Tag data-size="sm" data-color="neutral">
                        {t(`programs:questionKind.${q.kind}`)}
                      </Tag>{' '}
                      {q.required ? (
                        <Tag data-size="sm" data-color="info">
                          {t('programs:questions.requiredTag')}
                        </Tag>
                      ) : null}
                      {q.options.length ? <div className="cell-note">{q.options.join(' · ')}</div> : null}
                      {q.help ? <div className="cell-note">{q.help}</div> : null}
                    </div>
                    <span className="row-actions">
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        disabled={i === 0 || moving}
                        aria-label={t('programs:questions.moveUpLabel', { label: q.label })}
                        onClick={() => void move(list, i, -1)}
                      >
                        {t('programs:questions.moveUp')}
                      </Button>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        disabled={i === list.length - 1 || moving}
                        aria-label={t('programs:questions.moveDownLabel', { label: q.label })}
                        onClick={() => void move(list, i, 1)}
                      >
                        {t('programs:questions.moveDown')}
                      </Button>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('programs:questions.editLabel', { label: q.label })}
                        onClick={() => setDialog({ mode: 'edit', question: q })}
                      >
                        {t('common:common.edit')}
                      </Button>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('programs:questions.deleteLabel', { label: q.label })}
                        onClick={() => setDialog({ mode: 'delete', question: q })}
                      >
                        {t('common:common.delete')}
                      </Button>
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        );
      })}
      <AddQuestionForm programId={programId} />
      <AppDialog
        open={dialog !== null}
        onClose={close}
        title={dialog?.mode === 'delete' ? t('programs:questions.deleteHeading') : t('programs:questions.editHeading')}
      >
        {dialog?.mode === 'delete' ? (
          <ConfirmRemoval
            message={t('programs:questions.deleteConfirm', { label: dialog.question.label })}
            removal={remove}
            variables={dialog.question.id}
            onDone={close}
          />
        ) : dialog ? (
          <EditQuestionForm programId={programId} question={dialog.question} onDone={close} />
        ) : null}
      </AppDialog>
    </section>
  );
}
