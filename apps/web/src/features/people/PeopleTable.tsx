import { Button, Table } from '@digdir/designsystemet-react';
import type { Person } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { useRoleLabel } from '../../components/labels';
import { AccountStatusTag } from './AccountStatusTag';
import { TableScroll } from '../../components/TableScroll';

type PeopleTableProps = {
  people: Person[];
  canManage: boolean;
  caption: string;
  busyPersonId?: string;
  onEdit: (person: Person) => void;
  onInvite: (person: Person) => void;
};

export function PeopleTable({ people, canManage, caption, busyPersonId, onEdit, onInvite }: PeopleTableProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const dash = t('common:common.none');
  return (
    <TableScroll label={caption}>
      <Table zebra data-size="sm">
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('people:list.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('people:list.email')}</Table.HeaderCell>
            <Table.HeaderCell>{t('people:list.jobTitle')}</Table.HeaderCell>
            <Table.HeaderCell>{t('people:list.unit')}</Table.HeaderCell>
            <Table.HeaderCell>{t('people:list.manager')}</Table.HeaderCell>
            <Table.HeaderCell>{t('people:list.roles')}</Table.HeaderCell>
            <Table.HeaderCell>{t('people:list.account')}</Table.HeaderCell>
            {canManage ? <Table.HeaderCell>{t('people:list.actions')}</Table.HeaderCell> : null}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {people.map((person) => (
            <Table.Row key={person.id}>
              <Table.Cell>{person.name}</Table.Cell>
              <Table.Cell>{person.email}</Table.Cell>
              <Table.Cell>{person.title || dash}</Table.Cell>
              <Table.Cell>{person.unitName ?? dash}</Table.Cell>
              <Table.Cell>{person.managerName ?? person.managerEmail ?? dash}</Table.Cell>
              <Table.Cell>{person.roles.map(roleLabel).join(', ') || dash}</Table.Cell>
              <Table.Cell>
                <AccountStatusTag status={person.accountStatus} />
              </Table.Cell>
              {canManage ? (
                <Table.Cell>
                  <span className="row-actions">
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t('people:list.editLabel', { name: person.name })}
                      onClick={() => onEdit(person)}
                    >
                      {t('common:common.edit')}
                    </Button>
                    {person.accountStatus === 'active' ? null : (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        loading={busyPersonId === person.id}
                        aria-label={
                          person.accountStatus === 'invited'
                            ? t('people:list.resendLabel', {
                                name: person.name,
                              })
                            : t('people:list.inviteLabel', {
                                name: person.name,
                              })
                        }
                        onClick={() => onInvite(person)}
                      >
                        {person.accountStatus === 'invited' ? t('people:list.resend') : t('people:list.invite')}
                      </Button>
                    )}
                  </span>
                </Table.Cell>
              ) : null}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
