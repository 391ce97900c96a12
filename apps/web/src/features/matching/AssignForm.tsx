import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { assignInputSchema, assignWithReasonInputSchema, type MatchingRun } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { ApiError } from '../../api/errors';
import { useAssign, type Participant } from './api';
import { brokenRules, needsReason } from './format';
import { LiveNotice } from './LiveNotice';
import { ReasonField } from './ReasonField';

function unique(people: Participant[]): Participant[] {
  const seen = new Map<string, Participant>();
  for (const p of people) if (!seen.has(p.applicationId)) seen.set(p.applicationId, p);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

type AssignFormProps = { programId: string; run: MatchingRun; onChanged: () => void };

/**
 * Hand assignment: any adept and mentor of the run. When the pair breaks hard rules the API
 * answers 400 on `reason`; we then show which rules and ask for a written reason.
 */
export function AssignForm({ programId, run, onChanged }: AssignFormProps) {
  const { t } = useTranslation();
  const assign = useAssign(programId);
  const adepts = unique([...run.pairs.map((p) => p.adept), ...run.unmatched.map((u) => u.adept)]);
  const mentors = unique([...run.pairs.map((p) => p.mentor), ...run.unusedMentors]);
  const [notice, setNotice] = useState('');
  const askReason = needsReason(assign.error);
  const empty = { adeptApplicationId: '', mentorApplicationId: '', reason: '' };
  const required = messageKey('matching:assign.required');
  const form = useForm(empty, {
    schema: askReason ? assignWithReasonInputSchema : assignInputSchema,
    toInput: (v) => ({ ...v, reason: askReason ? v.reason : v.reason.trim() || null }),
    messages: { adeptApplicationId: required, mentorApplicationId: required, reason: messageKey('matching:reason.required') },
  });

  const change = (name: keyof typeof empty) => (value: string) => {
    form.set(name, value);
    setNotice('');
    if (name !== 'reason') assign.reset();
  };

  const onSubmit = form.submitParsed(async (input) => {
    setNotice('');
    const names = {
      adept: adepts.find((a) => a.applicationId === input.adeptApplicationId)?.name ?? '',
      mentor: mentors.find((m) => m.applicationId === input.mentorApplicationId)?.name ?? '',
    };
    await assign.mutateAsync(input);
    setNotice(t('matching:assign.done', names));
    form.setValues(empty);
    onChanged();
  });

  const conflict = assign.error instanceof ApiError && assign.error.code === 'conflict';
  return (
    <section aria-labelledby="matching-assign" className="section section--narrow">
      <Heading level={3} data-size="xs" id="matching-assign">
        {t('matching:assign.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('matching:assign.intro')}</Paragraph>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <FormErrorSummary summary={form.summary} />
        <SelectField
          label={t('matching:assign.adept')}
          {...form.bind('adeptApplicationId')}
          onChange={(e) => change('adeptApplicationId')(e.target.value)}
          options={[
            { value: '', label: t('matching:assign.choose') },
            ...adepts.map((a) => ({ value: a.applicationId, label: `${a.name} (${a.organisationName})` })),
          ]}
        />
        <SelectField
          label={t('matching:assign.mentor')}
          {...form.bind('mentorApplicationId')}
          onChange={(e) => change('mentorApplicationId')(e.target.value)}
          options={[
            { value: '', label: t('matching:assign.choose') },
            ...mentors.map((m) => ({ value: m.applicationId, label: `${m.name} (${m.organisationName})` })),
          ]}
        />
        {askReason ? (
          <ReasonField
            rules={brokenRules(assign.error)}
            value={form.values.reason}
            onChange={change('reason')}
            error={form.errors.reason ? form.errorText('reason') : undefined}
          />
        ) : null}
        <ErrorAlert
          error={assign.error && !askReason ? assign.error : null}
          messages={conflict ? { conflict: t('matching:assign.mentorFull') } : undefined}
        />
        <div className="form__actions">
          <Button type="submit" variant="secondary" loading={assign.isPending}>
            {askReason ? t('matching:assign.submitAnyway') : t('matching:assign.submit')}
          </Button>
        </div>
        <LiveNotice message={notice} />
      </form>
    </section>
  );
}
