import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ApiError } from '../../api/errors';
import { Link, useNavigate } from '@tanstack/react-router';
import { copyProgramSchema, type Program, type ProgramStatus, type ReadinessItem } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { useForm } from '../../lib/form';
import { useCopyProgram, useProgramStatus } from './api';
import { ProgramStatusTag } from './ProgramStatusTag';
import { ClosingPreview } from './ClosingPreview';
import { useReadiness } from './ReadinessChecklist';
import { ShareLink } from './ShareLink';
import { FormErrorSummary } from '../../components/FormErrorSummary';

/** Matching and pairs make sense once the selection has begun. */
const MATCHABLE: readonly ProgramStatus[] = ['selection', 'matching', 'running', 'closed', 'archived'];

/** For the program's coordinators: status and its allowed moves, edit, review, nominations and copy to the next cohort. */
export function CoordinatorPanel({ program }: { program: Program }) {
  const { t } = useTranslation();
  const status = useProgramStatus(program.id);
  const [copying, setCopying] = useState(false);
  const [confirming, setConfirming] = useState<ProgramStatus | null>(null);
  const [changed, setChanged] = useState<ProgramStatus | null>(null);
  const firing = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After a change the button that opened the dialog may be gone: focus moves to the panel's heading, not to <body>.
  useEffect(() => {
    if (changed) headingRef.current?.focus();
  }, [changed]);
  const programId = program.id;
  const reviewable = program.status !== 'draft';
  const matchable = MATCHABLE.includes(program.status);
  const readiness = useReadiness(program);
  const blocked = confirming === 'open' && program.status === 'draft' && readiness && !readiness.ready ? readiness.missing : null;

  return (
    <section aria-labelledby="manage-heading" className="section panel">
      <Heading level={2} data-size="sm" id="manage-heading" ref={headingRef} tabIndex={-1}>
        {t('programs:program.manageHeading')}
      </Heading>
      <Paragraph>
        {t('programs:program.statusLabel')} <ProgramStatusTag status={program.status} />
      </Paragraph>
      <Paragraph data-size="sm">{t(`programs:programStatusHelp.${program.status}`)}</Paragraph>
      {program.allowedTransitions.length > 0 ? (
        <div className="row-actions" role="group" aria-label={t('programs:program.transitionsLabel')}>
          {program.allowedTransitions.map((to) => (
            <Button
              key={to}
              variant="secondary"
              data-size="sm"
              onClick={() => {
                status.reset();
                setChanged(null);
                setConfirming(to);
              }}
            >
              {t(`programs:transition.${to}`)}
            </Button>
          ))}
        </div>
      ) : null}
      {changed ? <Notice>{t('programs:program.transitionChanged', { status: t(`programs:programStatus.${changed}`) })}</Notice> : null}
      <AppDialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming ? t('programs:program.transitionHeading', { action: t(`programs:transition.${confirming}`) }) : ''}
      >
        {confirming ? (
          <>
            <Paragraph>{t('programs:program.transitionFrom', { status: t(`programs:programStatus.${program.status}`) })}</Paragraph>
            <Paragraph>
              {program.status === 'closed' && confirming === 'running'
                ? t('programs:transitionConfirm.reopen')
                : t(`programs:transitionConfirm.${confirming}`)}
            </Paragraph>
            {confirming === 'closed' && program.can.people ? <ClosingPreview programId={programId} /> : null}
            {blocked ? <MissingItems items={blocked} /> : null}
            {status.error instanceof ApiError && status.error.details.some((d) => d.code?.startsWith('readiness.')) ? (
              <MissingItems items={status.error.details.map((d) => d.field as ReadinessItem)} />
            ) : (
              <ErrorAlert error={status.error} messages={{ conflict: t('programs:program.transitionConflict') }} />
            )}
            <div className="form__actions">
              {blocked ? null : (
                <Button
                  data-color={confirming === 'archived' || confirming === 'closed' ? 'danger' : undefined}
                  loading={status.isPending}
                  onClick={() => {
                    // One change per confirmation: a second click while the first is on its way does nothing.
                    if (firing.current) return;
                    firing.current = true;
                    const to = confirming;
                    status.mutate(to, {
                      onSuccess: () => {
                        setConfirming(null);
                        setChanged(to);
                      },
                      onSettled: () => {
                        firing.current = false;
                      },
                    });
                  }}
                >
                  {t(`programs:transition.${confirming}`)}
                </Button>
              )}
              <Button variant="tertiary" onClick={() => setConfirming(null)}>
                {t('common:common.cancel')}
              </Button>
            </div>
          </>
        ) : null}
      </AppDialog>
      {program.can.people ? null : <Paragraph data-size="sm">{t('programs:program.peopleCoordinatorsOnly')}</Paragraph>}
      {/* Actions that make no sense yet are not offered; the panel says when they come (issue 14 item 10). */}
      {!reviewable ? <Paragraph data-size="sm">{t('programs:program.laterStages')}</Paragraph> : null}
      {reviewable && !matchable && program.can.people ? <Paragraph data-size="sm">{t('programs:program.matchingLater')}</Paragraph> : null}
      {program.status === 'open' ? <ShareLink programId={programId} /> : null}
      <ul className="link-row">
        <li>
          <Button asChild variant="secondary">
            <Link to="/programs/$programId/edit" params={{ programId }}>
              {t('programs:program.edit')}
            </Link>
          </Button>
        </li>
        {program.can.people && reviewable ? (
          <li>
            <Button asChild variant="secondary">
              <Link to="/programs/$programId/review" params={{ programId }}>
                {t('programs:program.reviewLink')}
              </Link>
            </Button>
          </li>
        ) : null}
        {program.can.people && matchable ? (
          <>
            <li>
              <Button asChild variant="secondary">
                <Link to="/programs/$programId/matching" params={{ programId }}>
                  {t('matching:title')}
                </Link>
              </Button>
            </li>
            <li>
              <Button asChild variant="secondary">
                <Link to="/programs/$programId/pairs" params={{ programId }}>
                  {t('mentorship:health.programLink')}
                </Link>
              </Button>
            </li>
          </>
        ) : null}
        {program.can.people && reviewable ? (
          <li>
            <Button asChild variant="secondary">
              <Link to="/programs/$programId/evaluation" params={{ programId }}>
                {t('evaluation:page.programLink')}
              </Link>
            </Button>
          </li>
        ) : null}
        {reviewable ? (
          <li>
            <Button asChild variant="tertiary">
              <Link to="/programs/$programId/review" params={{ programId }} hash="nominations">
                {t('programs:program.nominationsLink')}
              </Link>
            </Button>
          </li>
        ) : null}
        <li>
          <Button variant="tertiary" onClick={() => setCopying(true)}>
            {t('programs:copy.open')}
          </Button>
        </li>
      </ul>
      <AppDialog open={copying} onClose={() => setCopying(false)} title={t('programs:copy.heading')}>
        <CopyForm program={program} onCancel={() => setCopying(false)} />
      </AppDialog>
    </section>
  );
}

function CopyForm({ program, onCancel }: { program: Program; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const copy = useCopyProgram(program.id);
  const form = useForm(
    { name: program.name, shiftMonths: '12' },
    {
      // The copy's name is asked for (the API would keep the old one without it).
      schema: copyProgramSchema.required({ name: true }),
      toInput: (v) => ({ name: v.name, shiftMonths: /^\d{1,2}$/.test(v.shiftMonths.trim()) ? Number(v.shiftMonths) : Number.NaN }),
    },
  );
  const onSubmit = form.submitParsed(async (input) => {
    const created = await copy.mutateAsync(input);
    onCancel();
    await navigate({ to: '/programs/$programId', params: { programId: created.id } });
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Paragraph data-size="sm">{t('programs:copy.intro')}</Paragraph>
      <Textfield label={t('programs:copy.name')} required {...form.bind('name')} />
      <Textfield
        label={t('programs:copy.shiftMonths')}
        description={t('programs:copy.shiftMonthsHelp')}
        inputMode="numeric"
        {...form.bind('shiftMonths')}
      />
      <ErrorAlert error={form.formError(['name', 'shiftMonths'])} />
      <div className="form__actions">
        <Button type="submit" loading={copy.isPending}>
          {t('programs:copy.submit')}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** What the program still needs before it can open (decision 0150), in the status dialog. */
function MissingItems({ items }: { items: ReadinessItem[] }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning">
      <Paragraph>{t('programs:readiness.cannotOpen')}</Paragraph>
      <ul>
        {items.map((item) => (
          <li key={item}>{t(`programs:readiness.item.${item}`)}</li>
        ))}
      </ul>
    </Alert>
  );
}
