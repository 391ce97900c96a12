import type { Me } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFound';
import { Page } from '../../components/Page';
import { ApiError } from '../../api/errors';
import { useProgram } from './api';
import { applicationWindow } from './applicationWindow';
import { ApplySection } from '../applications';
import { CoordinatorPanel } from './CoordinatorPanel';
import { EventsSection, ProgressSection } from '../events';
import { CostsLink } from '../costs';
import { NetworkingLink } from '../networking';
import { ContactsSection } from '../contacts';
import { ResourcesSection } from '../resources';
import { NominationForm } from '../applications';
import { ProgramDetails } from './ProgramDetails';
import { ReadinessChecklist } from './ReadinessChecklist';
import { useProgramTextLang } from './textLang';
import { ProgramStatusTag } from './ProgramStatusTag';
import { QuestionsSection } from '../applications';

/** /programs/$programId: the program as applicants see it; coordinators also manage it here. */
export function ProgramPage({ programId, me }: { programId: string; me: Me }) {
  const { t } = useTranslation();
  const program = useProgram(programId);
  const textLang = useProgramTextLang(program.data ?? { languages: [] });
  if (program.error instanceof ApiError && (program.error.code === 'not_found' || program.error.code === 'validation'))
    return <NotFoundPage />;
  const p = program.data;
  if (!p) {
    return (
      <Page title={t('programs:program.loadingTitle')}>
        <ErrorAlert error={program.error} />
        {program.isPending ? <Loading /> : null}
      </Page>
    );
  }
  const member = Boolean(me.person && p.organisations.some((o) => o.id === me.person?.organisationId));
  const open = applicationWindow(p) === 'open';

  return (
    <Page
      title={p.name}
      titleLang={textLang}
      lead={
        <>
          {t('programs:program.lead', { organisation: p.ownerOrganisationName, type: t(`programs:programType.${p.type}`) })}{' '}
          <ProgramStatusTag status={p.status} />
        </>
      }
    >
      {p.can.manage ? <CoordinatorPanel program={p} /> : null}
      <ReadinessChecklist program={p} />
      <ProgramDetails program={p} />
      {p.status !== 'draft' || p.can.manage ? <CostsLink programId={p.id} /> : null}
      {p.status === 'running' || p.can.people ? <NetworkingLink programId={p.id} /> : null}
      <EventsSection program={p} />
      <ProgressSection program={p} />
      <ContactsSection program={p} />
      <ResourcesSection program={p} />
      {member && p.status !== 'draft' ? <ApplySection program={p} /> : null}
      {p.can.nominate && open ? <NominationForm programId={p.id} /> : null}
      {p.can.manage ? <QuestionsSection programId={p.id} /> : null}
    </Page>
  );
}
