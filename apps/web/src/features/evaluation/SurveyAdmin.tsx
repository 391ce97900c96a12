import { useRef, useState } from 'react';
import { Alert, Button, Fieldset, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { surveyQuestionsInputSchema, type Survey, type SurveyQuestionsInput } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ConfirmRemoval } from '../../components/ConfirmRemoval';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { SelectField } from '../../components/SelectField';
import { formatDateTime } from '../../i18n';
import { useForm } from '../../lib/form';
import { REMATCH_PAGE, useHandleRematch, useRematchRequests, useRemoveSurvey, useUpdateQuestions } from './api';
import { EvSection, EvTable } from './parts';

const LANGS = ['sv', 'nb', 'en'] as const;
type QuestionType = 'likert5' | 'yesno' | 'text';

/**
 * The scheduled surveys with their own questions (editable until the first answer) and removal after
 * a confirmation that says what happens: deleted without answers, ended with them (decision 0133).
 */
export function ScheduledSurveys({ programId, surveys, languages }: { programId: string; surveys: Survey[]; languages: string[] }) {
  const { t } = useTranslation();
  const remove = useRemoveSurvey(programId);
  const [editing, setEditing] = useState<Survey | null>(null);
  const [removing, setRemoving] = useState<Survey | null>(null);
  const [outcome, setOutcome] = useState<'deleted' | 'ended' | null>(null);
  if (surveys.length === 0) return null;
  // Deleted without answers, ended with them: the outcome is said once the dialog closes.
  const removal = {
    mutate: (surveyId: string, options: { onSuccess: () => void }) =>
      remove.mutate(surveyId, {
        onSuccess: (result) => {
          setOutcome(result.outcome);
          options.onSuccess();
        },
      }),
    isPending: remove.isPending,
    error: remove.error,
  };
  const removalTitle = (survey: Survey) =>
    survey.answered
      ? t('evaluation:manage.confirmEndTitle', { survey: t(`evaluation:occasion.${survey.kind}`) })
      : t('evaluation:manage.confirmRemoveTitle', { survey: t(`evaluation:occasion.${survey.kind}`) });
  return (
    <EvSection id="ev-scheduled" heading={t('evaluation:manage.heading')}>
      {outcome ? (
        <Alert data-color="success" role="status">
          <Paragraph>{outcome === 'ended' ? t('evaluation:manage.ended') : t('evaluation:manage.deleted')}</Paragraph>
        </Alert>
      ) : null}
      <EvTable
        caption={t('evaluation:manage.heading')}
        testId="scheduled-surveys"
        headers={[
          t('evaluation:page.survey'),
          t('evaluation:page.instruments'),
          t('evaluation:manage.answers'),
          t('evaluation:manage.actions'),
        ]}
      >
        {surveys.map((s) => {
          const name = t(`evaluation:occasion.${s.kind}`);
          return (
            <Table.Row key={s.id}>
              <Table.HeaderCell scope="row">
                {name} {s.ended ? <Tag data-color="neutral">{t('evaluation:manage.endedTag')}</Tag> : null}
              </Table.HeaderCell>
              <Table.Cell>
                {[
                  ...s.instruments.map((i) => t(`evaluation:instruments.${i}.name` as never)),
                  ...(s.customQuestions.length ? [t('evaluation:manage.ownCount', { count: s.customQuestions.length })] : []),
                ].join(', ')}
              </Table.Cell>
              <Table.Cell>{s.answered}</Table.Cell>
              <Table.Cell>
                <div className="row-actions" role="group" aria-label={name}>
                  {s.answered === 0 && !s.ended ? (
                    <Button data-size="sm" variant="secondary" onClick={() => setEditing(s)}>
                      {t('evaluation:manage.editQuestions')}
                    </Button>
                  ) : null}
                  {!s.ended ? (
                    <Button data-size="sm" variant="tertiary" data-color="danger" onClick={() => setRemoving(s)}>
                      {s.answered ? t('evaluation:manage.end') : t('evaluation:manage.remove')}
                    </Button>
                  ) : null}
                </div>
              </Table.Cell>
            </Table.Row>
          );
        })}
      </EvTable>
      <Paragraph data-size="sm">{t('evaluation:manage.lockedNote')}</Paragraph>
      <AppDialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('evaluation:manage.questionsTitle', { survey: t(`evaluation:occasion.${editing.kind}`) }) : ''}
      >
        {editing ? (
          <QuestionsForm
            programId={programId}
            survey={editing}
            languages={LANGS.filter((l) => languages.includes(l))}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </AppDialog>
      <AppDialog open={removing !== null} onClose={() => setRemoving(null)} title={removing ? removalTitle(removing) : ''}>
        {removing ? (
          <ConfirmRemoval
            message={
              removing.answered
                ? t('evaluation:manage.confirmEndText', { count: removing.answered })
                : t('evaluation:manage.confirmRemoveText')
            }
            removal={removal}
            variables={removing.id}
            onDone={() => setRemoving(null)}
            confirmLabel={removing.answered ? t('evaluation:manage.end') : t('evaluation:manage.remove')}
          />
        ) : null}
      </AppDialog>
    </EvSection>
  );
}

const field = (i: number, part: string) => `customQuestions.${i}.${part}`;

/** The own questions of one survey: type and wording in each language of the program, on the core schema. */
function QuestionsForm({
  programId,
  survey,
  languages,
  onDone,
}: {
  programId: string;
  survey: Survey;
  languages: readonly (typeof LANGS)[number][];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateQuestions(programId);
  const [keys, setKeys] = useState<(string | null)[]>(survey.customQuestions.map((q) => q.key));
  const count = useRef(keys.length);
  count.current = keys.length;
  const initial: Record<string, string> = {};
  survey.customQuestions.forEach((q, i) => {
    initial[field(i, 'type')] = q.type;
    for (const l of LANGS) initial[field(i, `labels.${l}`)] = q.labels?.[l] ?? (l === languages[0] ? q.label : '');
  });
  const keysRef = useRef(keys);
  keysRef.current = keys;
  const form = useForm(initial, {
    schema: surveyQuestionsInputSchema,
    toInput: (values): SurveyQuestionsInput => ({
      customQuestions: Array.from({ length: count.current }, (_, i) => ({
        ...(keysRef.current[i] ? { key: keysRef.current[i] } : {}),
        type: (values[field(i, 'type')] || 'likert5') as QuestionType,
        labels: Object.fromEntries(languages.map((l) => [l, values[field(i, `labels.${l}`)] ?? ''])),
      })),
    }),
  });
  const add = () => {
    const i = keys.length;
    form.setValues((v) => ({
      ...v,
      [field(i, 'type')]: 'likert5',
      ...Object.fromEntries(LANGS.map((l) => [field(i, `labels.${l}`), ''])),
    }));
    setKeys((k) => [...k, null]);
  };
  const removeAt = (index: number) => {
    form.setValues((v) => {
      const next = { ...v };
      for (let i = index; i < keys.length; i++)
        for (const part of ['type', ...LANGS.map((l) => `labels.${l}`)]) next[field(i, part)] = v[field(i + 1, part)] ?? '';
      return next;
    });
    setKeys((k) => k.filter((_, i) => i !== index));
  };
  const names = keys.flatMap((_, i) => [field(i, 'type'), ...languages.map((l) => field(i, `labels.${l}`))]);
  const onSubmit = form.submitParsed(async (input) => {
    await update.mutateAsync({ surveyId: survey.id, body: input });
    onDone();
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form" data-testid="questions-form">
      <FormErrorSummary summary={form.summary} />
      <Paragraph data-size="sm">{t('evaluation:manage.questionsHelp')}</Paragraph>
      {keys.length === 0 ? <Paragraph>{t('evaluation:manage.noQuestions')}</Paragraph> : null}
      {keys.map((_, i) => (
        <Fieldset key={i} className="ev-question">
          <Fieldset.Legend>{t('evaluation:manage.question', { n: i + 1 })}</Fieldset.Legend>
          <SelectField
            label={t('evaluation:manage.type')}
            options={[
              { value: 'likert5', label: t('evaluation:manage.types.likert5') },
              { value: 'yesno', label: t('evaluation:manage.types.yesno') },
              { value: 'text', label: t('evaluation:manage.types.text') },
            ]}
            {...form.bind(field(i, 'type'))}
          />
          {languages.map((l) => (
            <Textfield
              key={l}
              label={t('evaluation:manage.wording', { language: t(`common:languages.${l}`) })}
              maxLength={300}
              {...form.bind(field(i, `labels.${l}`))}
              error={form.errorText(field(i, `labels.${l}`)) ? t('evaluation:manage.wordingRequired') : undefined}
            />
          ))}
          <div className="form__actions">
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => removeAt(i)}>
              {t('evaluation:manage.removeQuestion', { n: i + 1 })}
            </Button>
          </div>
        </Fieldset>
      ))}
      {keys.length < 10 ? (
        <div>
          <Button type="button" variant="secondary" onClick={add}>
            {t('evaluation:manage.addQuestion')}
          </Button>
        </div>
      ) : null}
      <ErrorAlert error={form.formError(names)} messages={{ conflict: t('evaluation:manage.locked') }} />
      <div className="form__actions">
        <Button type="submit" loading={update.isPending}>
          {t('evaluation:manage.save')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onDone}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The fit check's quiet requests for a new match: for the program's coordinators only, open ones first, paginated. */
export function RematchRequests({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const list = useRematchRequests(programId, offset);
  const handle = useHandleRematch(programId);
  return (
    <EvSection id="ev-rematch" heading={t('evaluation:rematch.heading')}>
      <Paragraph data-size="sm">{t('evaluation:rematch.lead')}</Paragraph>
      <ErrorAlert error={list.error ?? handle.error} />
      {list.isPending ? <Loading /> : null}
      {list.data && list.data.total === 0 ? <Paragraph>{t('evaluation:rematch.none')}</Paragraph> : null}
      {list.data && list.data.total > 0 ? (
        <>
          <Paragraph role="status">{t('evaluation:rematch.counts', { open: list.data.open, total: list.data.total })}</Paragraph>
          <EvTable
            caption={t('evaluation:rematch.heading')}
            testId="rematch-requests"
            headers={[
              t('evaluation:rematch.person'),
              t('evaluation:rematch.message'),
              t('evaluation:rematch.asked'),
              t('evaluation:rematch.state'),
            ]}
          >
            {list.data.requests.map((r) => (
              <Table.Row key={r.id}>
                <Table.HeaderCell scope="row">
                  {r.personName} ({r.role === 'adept' ? t('evaluation:rematch.adept') : t('evaluation:rematch.mentor')})
                </Table.HeaderCell>
                <Table.Cell>{r.message ?? '–'}</Table.Cell>
                <Table.Cell>{formatDateTime(r.createdAt)}</Table.Cell>
                <Table.Cell>
                  <Paragraph data-size="sm">
                    {r.handledAt
                      ? t('evaluation:rematch.handledBy', { date: formatDateTime(r.handledAt), name: r.handledByName ?? '–' })
                      : t('evaluation:rematch.open')}
                  </Paragraph>
                  <Button
                    data-size="sm"
                    variant={r.handledAt ? 'tertiary' : 'secondary'}
                    aria-label={
                      r.handledAt
                        ? t('evaluation:rematch.reopenFor', { name: r.personName })
                        : t('evaluation:rematch.handleFor', { name: r.personName })
                    }
                    loading={handle.isPending && handle.variables?.requestId === r.id}
                    onClick={() => handle.mutate({ requestId: r.id, handled: !r.handledAt })}
                  >
                    {r.handledAt ? t('evaluation:rematch.reopen') : t('evaluation:rematch.handle')}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </EvTable>
          <Pager total={list.data.total} limit={REMATCH_PAGE} offset={offset} onChange={setOffset} />
        </>
      ) : null}
    </EvSection>
  );
}
