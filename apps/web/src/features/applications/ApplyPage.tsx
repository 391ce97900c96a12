import type { Me, ProgramRole } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ProgramText, useProgram } from '../programs';
import { useQuestions } from './api';
import { useMyApplications } from './api';
import { ApplicationForm } from './ApplicationForm';
import { ApplicationStatusPanel } from './ApplicationStatusPanel';

/** /programs/$programId/apply/$role: my application as adept or mentor. */
export function ApplyPage({ programId, role, me }: { programId: string; role: ProgramRole; me: Me }) {
  const { t } = useTranslation();
  const program = useProgram(programId);
  const questions = useQuestions(programId, role);
  const mine = useMyApplications(programId);
  const application = mine.data?.find((a) => a.role === role);
  const ready = program.data && questions.data && mine.data;

  return (
    <Page
      title={t(`applications:apply.heading.${role}`)}
      lead={program.data ? <ProgramText languages={program.data.languages}>{program.data.name}</ProgramText> : undefined}
    >
      <ErrorAlert error={program.error ?? questions.error ?? mine.error} />
      {!ready && (program.isPending || questions.isPending || mine.isPending) ? <Loading /> : null}
      {ready ? (
        <>
          {application ? <ApplicationStatusPanel application={application} program={program.data} /> : null}
          <ApplicationForm
            key={role}
            program={program.data}
            role={role}
            questions={[...questions.data].sort((a, b) => a.position - b.position)}
            application={application}
            me={me}
          />
        </>
      ) : null}
      <p>
        <AppLink to="/programs/$programId" params={{ programId }}>
          {t('applications:apply.backToProgram')}
        </AppLink>
      </p>
    </Page>
  );
}
