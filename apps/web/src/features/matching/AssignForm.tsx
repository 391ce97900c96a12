import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MatchingRun } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
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
  const [adept, setAdept] = useState('');
  const [mentor, setMentor] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<'required' | 'reason' | null>(null);
  const [notice, setNotice] = useState('');
  const askReason = needsReason(assign.error);

  const change = (set: (v: string) => void) => (value: string) => {
    set(value);
    setError(null);
    setNotice('');
    assign.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    if (!adept || !mentor) return setError('required');
    if (askReason && !reason.trim()) return setError('reason');
    const names = {
      adept: adepts.find((a) => a.applicationId === adept)?.name ?? '',
      mentor: mentors.find((m) => m.applicationId === mentor)?.name ?? '',
    };
    assign.mutate(
      { adeptApplicationId: adept, mentorApplicationId: mentor, reason: reason.trim() || null },
      {
        onSuccess: () => {
          setNotice(t('matching:assign.done', names));
          setAdept('');
          setMentor('');
          setReason('');
          onChanged();
        },
      },
    );
  };

  const conflict = assign.error instanceof ApiError && assign.error.code === 'conflict';
  return (
    <section aria-labelledby="matching-assign" className="section section--narrow">
      <Heading level={3} data-size="xs" id="matching-assign">
        {t('matching:assign.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('matching:assign.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="form">
        <SelectField
          label={t('matching:assign.adept')}
          value={adept}
          onChange={(e) => change(setAdept)(e.target.value)}
          options={[
            { value: '', label: t('matching:assign.choose') },
            ...adepts.map((a) => ({ value: a.applicationId, label: `${a.name} (${a.organisationName})` })),
          ]}
          error={error === 'required' && !adept ? t('matching:assign.required') : undefined}
        />
        <SelectField
          label={t('matching:assign.mentor')}
          value={mentor}
          onChange={(e) => change(setMentor)(e.target.value)}
          options={[
            { value: '', label: t('matching:assign.choose') },
            ...mentors.map((m) => ({ value: m.applicationId, label: `${m.name} (${m.organisationName})` })),
          ]}
          error={error === 'required' && !mentor ? t('matching:assign.required') : undefined}
        />
        {askReason ? (
          <ReasonField
            rules={brokenRules(assign.error)}
            value={reason}
            onChange={(v) => {
              setReason(v);
              setError(null);
            }}
            error={error === 'reason' ? t('matching:reason.required') : undefined}
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
