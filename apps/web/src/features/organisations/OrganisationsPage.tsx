import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useNavigate } from '@tanstack/react-router';
import type { Me } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useCreateOrganisation, useOrganisations } from './api';
import { OrganisationForm } from './OrganisationForm';
import { TableScroll } from '../../components/TableScroll';

/** /admin/organisations, for platform admins: every organisation, and a form to add one. */
export function OrganisationsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const platformAdmin = me.can.administerPlatform;
  const organisations = useOrganisations();
  const create = useCreateOrganisation();

  if (!platformAdmin) {
    // Platform admins only; others are sent to their own organisation before getting here.
    return (
      <Page title={t('organisations:list.heading')}>
        <Paragraph>{t('organisations:list.noOrganisation')}</Paragraph>
      </Page>
    );
  }

  return (
    <Page title={t('organisations:list.heading')} lead={t('organisations:list.intro')}>
      {organisations.isPending ? <Loading /> : null}
      <ErrorAlert error={organisations.error} />
      {organisations.data && organisations.data.length === 0 ? <Paragraph>{t('organisations:list.empty')}</Paragraph> : null}
      {organisations.data && organisations.data.length > 0 ? (
        <TableScroll label={t('organisations:list.heading')}>
          <Table zebra>
            <caption className="ds-sr-only">{t('organisations:list.heading')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('organisations:list.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('organisations:list.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('organisations:list.country')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('organisations:list.people')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('organisations:list.units')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {organisations.data.map((org) => (
                <Table.Row key={org.id}>
                  <Table.Cell>
                    <AppLink to="/admin/organisations/$orgId" params={{ orgId: org.id }}>
                      {org.name}
                    </AppLink>
                  </Table.Cell>
                  <Table.Cell>{t(`organisations:kinds.${org.kind}`)}</Table.Cell>
                  <Table.Cell>{t(`organisations:countries.${org.country}`)}</Table.Cell>
                  <Table.Cell className="num">{org.peopleCount}</Table.Cell>
                  <Table.Cell className="num">{org.unitCount}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}
      <section aria-labelledby="create-org-heading" className="section section--narrow">
        <Heading level={2} data-size="sm" id="create-org-heading">
          {t('organisations:list.createHeading')}
        </Heading>
        <OrganisationForm
          submitLabel={t('organisations:list.createSubmit')}
          pending={create.isPending}
          onSubmit={async (input) => {
            const org = await create.mutateAsync(input);
            await navigate({ to: '/admin/organisations/$orgId', params: { orgId: org.id } });
          }}
        />
      </section>
    </Page>
  );
}
