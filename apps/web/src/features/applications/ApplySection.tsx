import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from '@tanstack/react-router';
import { PROGRAM_ROLES, type Program } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableScroll } from '../../components/TableScroll';
import { formatDate, formatDateTime } from '../../i18n';
import { useMyApplications } from './api';
import { ApplicationStatusTag, ConfirmationTag } from './StatusTags';
import { applicationWindow } from '../programs';

/** "Apply as adept / mentor", and the statuses of my own applications. */
export function ApplySection({ program }: { program: Program }) {
  const { t } = useTranslation();
  const mine = useMyApplications(program.id);
  const phase = applicationWindow(program);
  const applications = mine.data ?? [];
  const roles = PROGRAM_ROLES.filter((role) => !applications.some((a) => a.role === role));
  const programId = program.id;

  return (
    <section aria-labelledby="apply-heading" className="section">
      <Heading level={2} data-size="sm" id="apply-heading">
        {t('programs:program.applyHeading')}
      </Heading>
      <Paragraph>
        {phase === 'open'
          ? program.applicationClosesOn
            ? t('programs:program.openUntil', { date: formatDate(program.applicationClosesOn) })
            : t('programs:program.openNow')
          : phase === 'notYet'
            ? t('programs:program.opensOn', { date: formatDate(program.applicationOpensOn) })
            : phase === 'closed'
              ? t('programs:program.closedOn', { date: formatDate(program.applicationClosesOn) })
              : t('programs:program.notOpen')}
      </Paragraph>
      {phase === 'open' && roles.length > 0 ? (
        <ul className="link-row">
          {roles.map((role) => (
            <li key={role}>
              <Button asChild variant={role === 'adept' ? 'primary' : 'secondary'}>
                <Link to="/programs/$programId/apply/$role" params={{ programId, role }}>
                  {t(`programs:program.applyAs.${role}`)}
                </Link>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorAlert error={mine.error} />
      {applications.length > 0 ? (
        <TableScroll label={t('programs:program.myApplications')}>
          <Table data-size="sm" zebra>
            <caption>{t('programs:program.myApplications')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('programs:program.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('programs:program.applicationStatus')}</Table.HeaderCell>
                <Table.HeaderCell>{t('programs:program.confirmation')}</Table.HeaderCell>
                <Table.HeaderCell>{t('programs:program.submittedAt')}</Table.HeaderCell>
                <Table.HeaderCell>{t('common:common.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {applications.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>{t(`common:roles.${a.role}`)}</Table.Cell>
                  <Table.Cell>
                    <ApplicationStatusTag status={a.status} />
                    {a.decisionMessage ? <div className="cell-note">{a.decisionMessage}</div> : null}
                  </Table.Cell>
                  <Table.Cell>
                    <ConfirmationTag status={a.confirmation} />
                  </Table.Cell>
                  <Table.Cell>{a.submittedAt ? formatDateTime(a.submittedAt) : t('common:common.none')}</Table.Cell>
                  <Table.Cell>
                    <AppLink to="/programs/$programId/apply/$role" params={{ programId, role: a.role }}>
                      {t(`programs:program.openApplication.${a.role}`)}
                    </AppLink>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}
      {applications.some((a) => a.status === 'accepted') && ['selection', 'matching'].includes(program.status) ? (
        <Paragraph>
          <AppLink to="/programs/$programId/preferences" params={{ programId }}>
            {t('matching:preferences.programLink')}
          </AppLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
