import { useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link } from '@tanstack/react-router';
import type { Person, Role } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Pager, RangeText, usePageFocus } from '../../components/Pager';
import { useOrganisation } from '../organisations';
import { useUnits } from '../units';
import { useResendInvitation, usePeople } from './api';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { PersonForm } from './PersonForm';

export const PEOPLE_PAGE_SIZE = 25;

export type PeopleSearch = { q?: string; unitId?: string; role?: Role; page?: number };

type PeoplePageProps = { orgId: string; search: PeopleSearch; onSearch: (next: PeopleSearch) => void };

type DialogState = { mode: 'add' } | { mode: 'edit'; person: Person } | null;

/** /admin/organisations/$orgId/people: search, filter, page; add, edit and invite people. */
export function PeoplePage({ orgId, search, onSearch }: PeoplePageProps) {
  const { t } = useTranslation();
  const organisation = useOrganisation(orgId);
  const canManage = organisation.data?.can.managePeople ?? false;
  const units = useUnits(orgId);
  const page = Math.max(1, search.page ?? 1);
  const offset = (page - 1) * PEOPLE_PAGE_SIZE;
  // Focus on the count when the page changes (the pager's own button may be gone on the new page).
  const countRef = usePageFocus<HTMLParagraphElement>(offset);
  const people = usePeople(orgId, { q: search.q, unitId: search.unitId, role: search.role, limit: PEOPLE_PAGE_SIZE, offset });
  const resend = useResendInvitation(orgId);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const org = organisation.data;

  const openDialog = (next: DialogState) => {
    setNotice(null);
    setDialog(next);
  };

  const onInvite = (person: Person) => {
    setNotice(null);
    resend.mutate(person.id, { onSuccess: () => setNotice(t('people:list.invited', { email: person.email })) });
  };

  const actions = canManage ? (
    <>
      <Button onClick={() => openDialog({ mode: 'add' })}>{t('people:list.add')}</Button>
      <Button asChild variant="secondary">
        <Link to="/admin/organisations/$orgId/people/import" params={{ orgId }}>
          {t('people:list.importLink')}
        </Link>
      </Button>
    </>
  ) : null;

  return (
    <Page title={t('people:list.heading')} lead={org ? t('people:list.intro', { organisation: org.name }) : undefined} actions={actions}>
      <PeopleFilters
        value={{ q: search.q, unitId: search.unitId, role: search.role }}
        units={units.data ?? []}
        onChange={(filter) => onSearch({ ...filter, page: undefined })}
      />
      <div aria-live="polite">{notice ? <Notice>{notice}</Notice> : null}</div>
      <ErrorAlert error={resend.error} />
      <ErrorAlert error={people.error} />
      {people.isPending ? <Loading /> : null}
      {people.data ? (
        <>
          <Paragraph data-size="sm" aria-live="polite" className="result-count" ref={countRef} tabIndex={-1} data-testid="people-count">
            {people.data.totalCapped
              ? t('people:list.countMore', { count: people.data.total })
              : t('people:list.count', { count: people.data.total })}
            {people.data.items.length > 0 ? (
              <>
                {' · '}
                <RangeText
                  total={people.data.total}
                  limit={PEOPLE_PAGE_SIZE}
                  offset={offset}
                  capped={people.data.totalCapped}
                  shown={people.data.items.length}
                />
              </>
            ) : null}
          </Paragraph>
          {people.data.items.length === 0 ? (
            <Paragraph>{t('people:list.empty')}</Paragraph>
          ) : (
            <PeopleTable
              people={people.data.items}
              canManage={canManage}
              caption={t('people:list.tableCaption')}
              busyPersonId={resend.isPending ? resend.variables : undefined}
              onEdit={(person) => openDialog({ mode: 'edit', person })}
              onInvite={onInvite}
            />
          )}
          <Pager
            total={people.data.total}
            limit={PEOPLE_PAGE_SIZE}
            offset={offset}
            capped={people.data.totalCapped}
            shown={people.data.items.length}
            onChange={(next) => onSearch({ ...search, page: next / PEOPLE_PAGE_SIZE + 1 })}
          />
        </>
      ) : null}
      <AppDialog
        open={dialog !== null}
        onClose={() => setDialog(null)}
        title={
          dialog?.mode === 'edit' ? t('people:personForm.editHeading', { name: dialog.person.name }) : t('people:personForm.addHeading')
        }
      >
        {dialog ? (
          <PersonForm
            key={dialog.mode === 'edit' ? dialog.person.id : 'new'}
            orgId={orgId}
            units={units.data ?? []}
            person={dialog.mode === 'edit' ? dialog.person : undefined}
            inviteLocale={org?.country === 'NO' ? 'nb' : 'sv'}
            onCancel={() => setDialog(null)}
            onDone={(message) => {
              setDialog(null);
              setNotice(message);
            }}
          />
        ) : null}
      </AppDialog>
    </Page>
  );
}
