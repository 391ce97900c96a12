import { useNavigate } from '@tanstack/react-router';
import type { Me, Program } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ApiError } from '../../api/errors';
import { useOrganisationDirectory } from '../organisations';
import { useCreateProgram, useProgram, useUpdateProgram } from './api';
import { ProgramForm } from './ProgramForm';

/** The organisations to offer as partners: the directory of all organisations, and those already in the program. */
function useOrganisationChoices(program?: Program) {
  const organisations = useOrganisationDirectory();
  const byId = new Map<string, { id: string; name: string }>();
  for (const o of program?.organisations ?? []) byId.set(o.id, o);
  for (const o of organisations.data ?? []) byId.set(o.id, { id: o.id, name: o.name });
  const list = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { list, isPending: organisations.isPending && !program, error: organisations.error };
}

/** /programs/new */
export function NewProgramPage({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateProgram();
  const organisations = useOrganisationChoices();
  return (
    <Page title={t('programs:programForm.newHeading')} lead={t('programs:programForm.newIntro')}>
      <ErrorAlert error={organisations.error} />
      {organisations.isPending ? (
        <Loading />
      ) : (
        <ProgramForm
          guided
          organisations={organisations.list}
          ownerOrganisationId={me.person?.organisationId ?? null}
          locale={i18n.language}
          submitLabel={t('programs:programForm.create')}
          pending={create.isPending}
          onSubmit={async (input) => {
            const program = await create.mutateAsync(input);
            await navigate({ to: '/programs/$programId', params: { programId: program.id } });
          }}
          onCancel={() => void navigate({ to: '/programs' })}
        />
      )}
    </Page>
  );
}

/** /programs/$programId/edit */
export function EditProgramPage({ programId }: { programId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const program = useProgram(programId);
  const update = useUpdateProgram(programId);
  const organisations = useOrganisationChoices(program.data);
  const back = () => navigate({ to: '/programs/$programId', params: { programId } });
  const data = program.data;
  return (
    <Page title={data ? t('programs:programForm.editHeading', { name: data.name }) : t('programs:programForm.editTitle')}>
      <ErrorAlert error={program.error ?? organisations.error} />
      {program.isPending ? <Loading /> : null}
      {data && !data.can.manage ? <ErrorAlert error={new ApiError({ status: 403, code: 'forbidden', message: 'forbidden' })} /> : null}
      {data?.can.manage ? (
        <ProgramForm
          key={data.id}
          program={data}
          organisations={organisations.list}
          ownerOrganisationId={data.ownerOrganisationId}
          locale={i18n.language}
          submitLabel={t('programs:programForm.save')}
          pending={update.isPending}
          onSubmit={async (input) => {
            await update.mutateAsync(input);
            await back();
          }}
          onCancel={() => void back()}
        />
      ) : null}
    </Page>
  );
}
