import { useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { overrideInputSchema, type Application, type RuleKind } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../i18n';
import { useForm } from '../../lib/form';
import { ProgramInSentence, useProgram } from '../programs';
import { useQuestions } from './api';
import { useApplication, useOverrideRule, useRemindManager, type Decision } from './api';
import { ApplicationAnswers } from './ApplicationAnswers';
import { DecisionForm } from './DecisionForm';
import { EligibilityList } from './EligibilityList';
import { RecommendationsSection } from './RecommendationsSection';
import { ApplicationStatusTag, ConfirmationTag, EligibilityTag } from './StatusTags';
import { FormErrorSummary } from '../../components/FormErrorSummary';

const DECISIONS: Decision[] = ['accepted', 'waitlisted', 'rejected'];

/** /programs/$programId/review/$applicationId: one application in full, with decisions, overrides and recommendations. */
export function ApplicationReviewPage({ programId, applicationId }: { programId: string; applicationId: string }) {
  const { t } = useTranslation();
  const program = useProgram(programId);
  const query = useApplication(programId, applicationId);
  const a = query.data;
  const questions = useQuestions(programId, a?.role);
  const remind = useRemindManager(programId);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [overriding, setOverriding] = useState<RuleKind | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const dash = t('common:common.none');

  return (
    <Page
      title={a?.name ?? t('applications:applicationReview.loadingTitle')}
      lead={
        a ? (
          <ProgramInSentence
            sentence={(name) => t(`applications:applicationReview.lead.${a.role}`, { program: name })}
            name={program.data?.name ?? a.programName}
            languages={program.data?.languages ?? []}
          />
        ) : undefined
      }
    >
      <p>
        <AppLink to="/programs/$programId/review" params={{ programId }}>
          {t('applications:applicationReview.back')}
        </AppLink>
      </p>
      <ErrorAlert error={query.error} />
      {query.isPending ? <Loading /> : null}
      {a ? (
        <>
          <div aria-live="polite">{notice ? <Notice>{notice}</Notice> : null}</div>
          <ErrorAlert error={remind.error} />
          <section aria-labelledby="summary-heading" className="section">
            <Heading level={2} data-size="sm" id="summary-heading">
              {t('applications:applicationReview.summaryHeading')}
            </Heading>
            <dl className="facts">
              <dt>{t('applications:applicationReview.email')}</dt>
              <dd>{a.email}</dd>
              <dt>{t('applications:review.organisation')}</dt>
              <dd>{a.organisationName}</dd>
              <dt>{t('applications:review.unit')}</dt>
              <dd>{a.unitPath.length ? a.unitPath.join(' › ') : t('applications:review.noUnit')}</dd>
              <dt>{t('applications:review.status')}</dt>
              <dd>
                <ApplicationStatusTag status={a.status} />
              </dd>
              <dt>{t('applications:review.submittedAt')}</dt>
              <dd>{a.submittedAt ? formatDateTime(a.submittedAt) : dash}</dd>
              <dt>{t('applications:review.nominatedBy')}</dt>
              <dd>{a.nominatedBy ?? dash}</dd>
              {a.role === 'adept' ? (
                <>
                  <dt>{t('applications:applicationReview.manager')}</dt>
                  <dd>{[a.managerName, a.managerEmail].filter(Boolean).join(', ') || dash}</dd>
                </>
              ) : null}
              <dt>{t('applications:review.confirmation')}</dt>
              <dd>
                <ConfirmationTag status={a.confirmation} />
                {a.confirmation === 'pending' && ['submitted', 'accepted', 'waitlisted'].includes(a.status) ? (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    loading={remind.isPending}
                    onClick={() =>
                      remind.mutate(a.id, {
                        onSuccess: (u) => setNotice(t('applications:review.reminded', { email: u.managerEmail ?? '' })),
                      })
                    }
                  >
                    {t('applications:review.remind')}
                  </Button>
                ) : null}
              </dd>
              {a.decisionMessage ? (
                <>
                  <dt>{t('applications:applicationReview.decisionMessage')}</dt>
                  <dd className="pre-line">{a.decisionMessage}</dd>
                </>
              ) : null}
            </dl>
            <div className="row-actions" role="group" aria-label={t('applications:applicationReview.decisionsLabel')}>
              {DECISIONS.map((d) => (
                <Button
                  key={d}
                  variant={d === 'accepted' ? 'primary' : 'secondary'}
                  data-color={d === 'rejected' ? 'danger' : undefined}
                  onClick={() => setDecision(d)}
                >
                  {t(`applications:decision.confirm.${d}`)}
                </Button>
              ))}
            </div>
          </section>
          <EligibilitySection application={a} onOverride={setOverriding} />
          <ApplicationAnswers application={a} questions={(questions.data ?? []).slice().sort((x, y) => x.position - y.position)} />
          <RecommendationsSection application={a} />
          <AppDialog
            open={decision !== null}
            onClose={() => setDecision(null)}
            title={decision ? t(`applications:decision.heading.${decision}`, { count: 1 }) : ''}
          >
            {decision ? (
              <DecisionForm
                programId={programId}
                applicationIds={[a.id]}
                decision={decision}
                onCancel={() => setDecision(null)}
                onDone={(count, full) => {
                  setNotice(
                    [
                      count ? t(`applications:decision.done.${decision}`, { count }) : '',
                      full ? t('applications:decision.full', { count: full }) : '',
                    ]
                      .filter(Boolean)
                      .join(' '),
                  );
                  setDecision(null);
                }}
              />
            ) : null}
          </AppDialog>
          <AppDialog open={overriding !== null} onClose={() => setOverriding(null)} title={t('applications:override.heading')}>
            {overriding ? <OverrideForm application={a} kind={overriding} onDone={() => setOverriding(null)} /> : null}
          </AppDialog>
        </>
      ) : null}
    </Page>
  );
}

function EligibilitySection({ application, onOverride }: { application: Application; onOverride: (kind: RuleKind) => void }) {
  const { t } = useTranslation();
  const open = application.eligibility.results.filter((r) => r.passed !== true && !r.override);
  return (
    <section aria-labelledby="eligibility-heading" className="section">
      <Heading level={2} data-size="sm" id="eligibility-heading">
        {t('applications:applicationReview.eligibilityHeading')}
      </Heading>
      <Paragraph>
        <EligibilityTag status={application.eligibility.status} />
      </Paragraph>
      <EligibilityList results={application.eligibility.results} />
      {open.length > 0 ? (
        <div className="row-actions">
          {open.map((r) => (
            <Button key={r.kind} variant="secondary" data-size="sm" onClick={() => onOverride(r.kind as RuleKind)}>
              {t('applications:override.open', { rule: t(`programs:rules.kind.${r.kind as RuleKind}`) })}
            </Button>
          ))}
        </div>
      ) : null}
    </section>
  );
}

function OverrideForm({ application, kind, onDone }: { application: Application; kind: RuleKind; onDone: () => void }) {
  const { t } = useTranslation();
  const override = useOverrideRule(application.programId, application.id);
  const form = useForm({ reason: '' }, { schema: overrideInputSchema, toInput: (v) => ({ kind, reason: v.reason }) });
  const onSubmit = form.submitParsed(async (input) => {
    await override.mutateAsync(input);
    onDone();
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Paragraph>{t('applications:override.intro', { rule: t(`programs:rules.kind.${kind}`), name: application.name })}</Paragraph>
      <Textfield
        label={t('applications:override.reason')}
        description={t('applications:override.reasonHelp')}
        multiline
        rows={4}
        required
        {...form.bind('reason')}
      />
      <ErrorAlert error={form.formError(['reason', 'kind'])} />
      <div className="form__actions">
        <Button type="submit" loading={override.isPending}>
          {t('applications:override.submit')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
