import { useState } from 'react';
import { Button, Checkbox, Heading, Textfield } from '@digdir/designsystemet-react';
import { PROGRAM_ROLES, QUESTION_KINDS, questionInputSchema, questionPatchSchema, type Question } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { useAddQuestion, useUpdateQuestion } from './api';
import { isChoice, parseOptions } from './questions';
import { FormErrorSummary } from '../../components/FormErrorSummary';

/** Adds a custom question to the adepts' or the mentors' form. */
export function AddQuestionForm({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const add = useAddQuestion(programId);
  const [isRequired, setRequired] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm(
    { role: 'adept', kind: 'short_text', label: '', help: '', options: '' },
    {
      schema: questionInputSchema,
      toInput: (v) => ({
        role: v.role,
        kind: v.kind,
        label: v.label,
        help: v.help.trim() || null,
        options: isChoice(v.kind) ? parseOptions(v.options) : [],
        required: isRequired,
      }),
      messages: { options: messageKey('common:errors.twoOptions') },
    },
  );
  const choice = isChoice(form.values.kind);

  const onSubmit = form.submitParsed(async (input) => {
    setAdded(null);
    const question = await add.mutateAsync(input);
    setAdded(t('programs:questions.added', { label: question.label }));
    form.setValues((x) => ({ ...x, label: '', help: '', options: '' }));
    setRequired(false);
  });

  return (
    <div className="questions__add">
      <Heading level={3} data-size="xs">
        {t('programs:questions.addHeading')}
      </Heading>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <FormErrorSummary summary={form.summary} />
        <SelectField
          label={t('programs:questions.role')}
          options={PROGRAM_ROLES.map((r) => ({ value: r, label: t(`programs:questions.roleOption.${r}`) }))}
          {...form.bind('role')}
        />
        <SelectField
          label={t('programs:questions.kind')}
          options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`programs:questionKind.${k}`) }))}
          {...form.bind('kind')}
        />
        <Textfield label={t('programs:questions.label')} required {...form.bind('label')} />
        <Textfield label={t('programs:questions.help')} {...form.bind('help')} />
        {choice ? (
          <Textfield
            label={t('programs:questions.options')}
            description={t('programs:questions.optionsHelp')}
            multiline
            rows={4}
            {...form.bind('options')}
          />
        ) : null}
        <Checkbox label={t('programs:questions.required')} checked={isRequired} onChange={(e) => setRequired(e.target.checked)} />
        <div aria-live="polite">{added ? <Notice>{added}</Notice> : null}</div>
        <ErrorAlert error={form.formError(['role', 'kind', 'label', 'help', 'options'])} />
        <div className="form__actions">
          <Button type="submit" variant="secondary" loading={add.isPending}>
            {t('programs:questions.add')}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** Changes a question's text, help and whether it must be answered (its kind and options stay). */
export function EditQuestionForm({ programId, question, onDone }: { programId: string; question: Question; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateQuestion(programId);
  const [isRequired, setRequired] = useState(question.required);
  const form = useForm(
    { label: question.label, help: question.help ?? '' },
    {
      // The label is required here (the patch may leave it out; this form always sends it).
      schema: questionPatchSchema.required({ label: true }),
      toInput: (v) => ({ label: v.label, help: v.help.trim() || null, required: isRequired }),
    },
  );
  const onSubmit = form.submitParsed(async (patch) => {
    await update.mutateAsync({ questionId: question.id, patch });
    onDone();
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Textfield label={t('programs:questions.label')} required {...form.bind('label')} />
      <Textfield label={t('programs:questions.help')} {...form.bind('help')} />
      <Checkbox label={t('programs:questions.required')} checked={isRequired} onChange={(e) => setRequired(e.target.checked)} />
      <ErrorAlert error={form.formError(['label', 'help'])} />
      <div className="form__actions">
        <Button type="submit" loading={update.isPending}>
          {t('programs:questions.save')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
