import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Contact, Program } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ConfirmRemoval } from '../../components/ConfirmRemoval';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';
import { useContacts, useDeleteContact } from './api';
import { ContactForm } from './ContactForm';

type Organisation = { id: string; name: string };
type Dialog = { mode: 'edit'; organisation: Organisation; contact: Contact | undefined } | { mode: 'delete'; contact: Contact } | null;

/**
 * The program's contact persons, one per participating organisation: those who manage the program
 * (the response's `can.manage`) set, change and remove them; everyone else sees their own
 * organisation's contact (the server sends no other).
 */
export function ContactsSection({ program }: { program: Program }) {
  const { t } = useTranslation();
  const contacts = useContacts(program.id);
  const data = contacts.data;
  return (
    <section aria-labelledby="contacts-heading" className="section">
      <Heading level={2} data-size="sm" id="contacts-heading">
        {t('contacts:heading')}
      </Heading>
      <ErrorAlert error={contacts.error} />
      {contacts.isPending ? <Loading /> : null}
      {data?.can.manage ? <ManagedContacts program={program} contacts={data.contacts} /> : null}
      {data && !data.can.manage ? <OwnContact contacts={data.contacts} /> : null}
    </section>
  );
}

function ContactDetails({ contact }: { contact: Contact }) {
  return (
    <>
      {contact.name}
      <div className="cell-note">
        <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
      </div>
      {contact.phone ? (
        <div className="cell-note">
          <Link href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</Link>
        </div>
      ) : null}
    </>
  );
}

/** A participant's view: their own organisation's contact person. */
function OwnContact({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) return <Paragraph>{t('contacts:mineEmpty')}</Paragraph>;
  return (
    <>
      <Paragraph>{t('contacts:mineLead')}</Paragraph>
      {contacts.map((contact) => (
        <dl className="facts" key={contact.organisationId}>
          <dt>{t('contacts:organisation')}</dt>
          <dd>{contact.organisationName}</dd>
          <dt>{t('contacts:name')}</dt>
          <dd>{contact.name}</dd>
          <dt>{t('contacts:email')}</dt>
          <dd>
            <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
          </dd>
          <dt>{t('contacts:phone')}</dt>
          <dd>
            {contact.phone ? <Link href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</Link> : t('common:common.none')}
          </dd>
        </dl>
      ))}
    </>
  );
}

/** The coordinators' view: every participating organisation with its contact, to set, change or remove. */
function ManagedContacts({ program, contacts }: { program: Program; contacts: Contact[] }) {
  const { t } = useTranslation();
  const remove = useDeleteContact(program.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const byOrganisation = new Map(contacts.map((c) => [c.organisationId, c]));
  // The organisations taking part, and any other that still has a contact (e.g. one that later declined), so it can be removed.
  const organisations: Organisation[] = [
    ...program.organisations.filter((o) => o.participation === 'accepted'),
    ...contacts
      .filter((c) => !program.organisations.some((o) => o.id === c.organisationId && o.participation === 'accepted'))
      .map((c) => ({ id: c.organisationId, name: c.organisationName })),
  ];

  return (
    <>
      <Paragraph>{t('contacts:lead')}</Paragraph>
      <TableScroll label={t('contacts:caption')}>
        <Table zebra data-size="sm">
          <caption className="ds-sr-only">{t('contacts:caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('contacts:organisation')}</Table.HeaderCell>
              <Table.HeaderCell>{t('contacts:contact')}</Table.HeaderCell>
              <Table.HeaderCell>{t('common:common.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {organisations.map((organisation) => {
              const contact = byOrganisation.get(organisation.id);
              return (
                <Table.Row key={organisation.id}>
                  <Table.Cell>{organisation.name}</Table.Cell>
                  <Table.Cell>{contact ? <ContactDetails contact={contact} /> : t('contacts:none')}</Table.Cell>
                  <Table.Cell>
                    <span className="row-actions">
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={
                          contact
                            ? t('contacts:editLabel', { organisation: organisation.name })
                            : t('contacts:setLabel', { organisation: organisation.name })
                        }
                        onClick={() => setDialog({ mode: 'edit', organisation, contact })}
                      >
                        {contact ? t('common:common.edit') : t('contacts:set')}
                      </Button>
                      {contact ? (
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('contacts:deleteLabel', { organisation: organisation.name })}
                          onClick={() => setDialog({ mode: 'delete', contact })}
                        >
                          {t('common:common.delete')}
                        </Button>
                      ) : null}
                    </span>
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableScroll>
      <AppDialog
        open={dialog !== null}
        onClose={close}
        title={
          dialog?.mode === 'delete'
            ? t('contacts:deleteHeading')
            : dialog
              ? t('contacts:formHeading', { organisation: dialog.organisation.name })
              : ''
        }
      >
        {dialog?.mode === 'delete' ? (
          <ConfirmRemoval
            message={t('contacts:deleteConfirm', { name: dialog.contact.name, organisation: dialog.contact.organisationName })}
            removal={remove}
            variables={dialog.contact.organisationId}
            onDone={close}
          />
        ) : dialog ? (
          <ContactForm programId={program.id} organisationId={dialog.organisation.id} contact={dialog.contact} onDone={close} />
        ) : null}
      </AppDialog>
    </>
  );
}
