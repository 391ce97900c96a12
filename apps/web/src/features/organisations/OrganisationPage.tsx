import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useOrganisation, useUpdateOrganisation } from './api';
import { OrganisationForm } from './OrganisationForm';
import { MemberOfNetworks, NetworkMembersSection } from './NetworkSection';
import { UnitsSection } from '../units';

/** /admin/organisations/$orgId: the organisation's details and its units; a network's members, or the networks it belongs to. */
export function OrganisationPage({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(orgId);
  const update = useUpdateOrganisation(orgId);
  const org = organisation.data;
  const canManage = org?.can.manage ?? false;

  if (!org) {
    return (
      <Page title={t('common:nav.organisation')}>
        {organisation.isPending ? <Loading /> : null}
        <ErrorAlert error={organisation.error} />
      </Page>
    );
  }

  return (
    <Page title={org.name} lead={t('organisations:organisation.summary', { people: org.peopleCount, units: org.unitCount })}>
      {org.can.readPeople ? (
        <ul className="link-row">
          <li>
            <AppLink to="/admin/organisations/$orgId/people" params={{ orgId }}>
              {t('organisations:organisation.peopleLink')}
            </AppLink>
          </li>
          {canManage ? (
            <li>
              <AppLink to="/admin/organisations/$orgId/people/import" params={{ orgId }}>
                {t('organisations:organisation.importLink')}
              </AppLink>
            </li>
          ) : null}
          {canManage ? (
            <li>
              <AppLink to="/admin/organisations/$orgId/evaluation" params={{ orgId }}>
                {t('organisations:organisation.evaluationLink')}
              </AppLink>
            </li>
          ) : null}
        </ul>
      ) : null}
      <div className="columns">
        <section aria-labelledby="org-details-heading" className="section">
          <Heading level={2} data-size="sm" id="org-details-heading">
            {t('organisations:organisation.detailsHeading')}
          </Heading>
          <div aria-live="polite">{update.isSuccess ? <Notice>{t('common:common.saved')}</Notice> : null}</div>
          <OrganisationForm
            key={org.id}
            initial={org}
            submitLabel={t('common:common.save')}
            pending={update.isPending}
            disabled={!canManage}
            onSubmit={(input) => update.mutateAsync(input)}
          />
        </section>
        <UnitsSection orgId={orgId} canManage={canManage} />
      </div>
      {org.kind === 'network' ? <NetworkMembersSection orgId={orgId} canManage={canManage} /> : <MemberOfNetworks orgId={orgId} />}
    </Page>
  );
}
