import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from '@tanstack/react-router';
import type { Me, ProgramSummary } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ProgramText } from './textLang';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../i18n';
import { usePrograms } from './api';
import { ProgramStatusTag } from './ProgramStatusTag';

/** Whether this user may start programs (the API makes the owner their organisation). */
export const canCreatePrograms = (me: Me) => me.can.createPrograms;

function ProgramTable({ programs, caption }: { programs: ProgramSummary[]; caption: string }) {
  const { t } = useTranslation();
  const dash = t('common:common.none');
  const period = (p: ProgramSummary) =>
    p.startsOn || p.endsOn ? `${formatDate(p.startsOn) || dash} – ${formatDate(p.endsOn) || dash}` : dash;
  return (
    <TableScroll label={caption}>
      <Table zebra data-size="sm">
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('programs:list.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('programs:list.type')}</Table.HeaderCell>
            <Table.HeaderCell>{t('programs:list.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('programs:list.owner')}</Table.HeaderCell>
            <Table.HeaderCell>{t('programs:list.closes')}</Table.HeaderCell>
            <Table.HeaderCell>{t('programs:list.period')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {programs.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>
                <AppLink to="/programs/$programId" params={{ programId: p.id }}>
                  <ProgramText languages={p.languages}>{p.name}</ProgramText>
                </AppLink>
              </Table.Cell>
              <Table.Cell>{t(`programs:programType.${p.type}`)}</Table.Cell>
              <Table.Cell>
                <ProgramStatusTag status={p.status} />
              </Table.Cell>
              <Table.Cell>{p.ownerOrganisationName}</Table.Cell>
              <Table.Cell>{formatDate(p.applicationClosesOn) || dash}</Table.Cell>
              <Table.Cell>{period(p)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** /programs: the programs I coordinate and those my organisation can apply to. */
export function ProgramsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const programs = usePrograms();
  const managed = (programs.data ?? []).filter((p) => p.can.manage);
  const available = (programs.data ?? []).filter((p) => !p.can.manage);
  const actions = canCreatePrograms(me) ? (
    <Button asChild>
      <Link to="/programs/new">{t('programs:list.create')}</Link>
    </Button>
  ) : null;

  return (
    <Page title={t('programs:list.heading')} lead={t('programs:list.intro')} actions={actions}>
      <ErrorAlert error={programs.error} />
      {programs.isPending ? <Loading /> : null}
      {programs.data ? (
        <>
          {managed.length > 0 ? (
            <section aria-labelledby="managed-heading" className="section">
              <Heading level={2} data-size="sm" id="managed-heading">
                {t('programs:list.managedHeading')}
              </Heading>
              <ProgramTable programs={managed} caption={t('programs:list.managedHeading')} />
            </section>
          ) : null}
          <section aria-labelledby="available-heading" className="section">
            <Heading level={2} data-size="sm" id="available-heading">
              {t('programs:list.availableHeading')}
            </Heading>
            {available.length === 0 ? (
              <Paragraph>{t('programs:list.noneAvailable')}</Paragraph>
            ) : (
              <ProgramTable programs={available} caption={t('programs:list.availableHeading')} />
            )}
          </section>
        </>
      ) : null}
    </Page>
  );
}
