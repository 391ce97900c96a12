import { useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { Program } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../lib/form';
import { collect, required } from '../../lib/validate';
import { useCopyProgram, useProgramStatus } from './api';
import { ProgramStatusTag } from './ProgramStatusTag';

/** For the program's coordinators: status and its allowed moves, edit, review, nominations and copy to the next cohort. */
export function CoordinatorPanel({ program }: { program: Program }) {
  const { t } = useTranslation();
  const status = useProgramStatus(program.id);
  const [copying, setCopying] = useState(false);
  const programId = program.id;

  return (
    <section aria-labelledby="manage-heading" className="section panel">
      <Heading level={2} data-size="sm" id="manage-heading">
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
              loading={status.isPending && status.variables === to}
              onClick={() => status.mutate(to)}
            >
              {t(`programs:transition.${to}`)}
            </Button>
          ))}
        </div>
      ) : null}
      <ErrorAlert error={status.error} messages={{ conflict: t('programs:program.transitionConflict') }} />
      {program.viewerSeesPeople ? null : <Paragraph data-size="sm">{t('programs:program.peopleCoordinatorsOnly')}</Paragraph>}
      <ul className="link-row">
        <li>
          <Button asChild variant="secondary">
            <Link to="/programs/$programId/edit" params={{ programId }}>
              {t('programs:program.edit')}
            </Link>
          </Button>
        </li>
        {program.viewerSeesPeople ? (
          <>
            <li>
              <Button asChild variant="secondary">
                <Link to="/programs/$programId/review" params={{ programId }}>
                  {t('programs:program.reviewLink')}
                </Link>
              </Button>
            </li>
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
        <li>
          <Button asChild variant="tertiary">
            <Link to="/programs/$programId/review" params={{ programId }} hash="nominations">
              {t('programs:program.nominationsLink')}
            </Link>
          </Button>
        </li>
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
  const form = useForm({ name: program.name, shiftMonths: '12' });
  const onSubmit = form.submit(
    (v) =>
      collect({
        name: required(v.name),
        shiftMonths: /^\d{1,2}$/.test(v.shiftMonths.trim()) && Number(v.shiftMonths) <= 60 ? undefined : 'common:errors.number',
      }),
    async (v) => {
      const created = await copy.mutateAsync({ name: v.name.trim(), shiftMonths: Number(v.shiftMonths) });
      onCancel();
      await navigate({ to: '/programs/$programId', params: { programId: created.id } });
    },
  );
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
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
