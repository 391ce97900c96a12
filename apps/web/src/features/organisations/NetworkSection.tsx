import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { networkMemberInputSchema, type NetworkMember } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { Loading } from '../../components/Loading';
import { Pager, RangeText } from '../../components/Pager';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { useForm } from '../../lib/form';
import { useAddNetworkMember, useNetworkMembers, useOrganisationDirectory, useOrganisationNetworks, useRemoveNetworkMember } from './api';

const LIMIT = 25;

/** A network's member organisations (issue 12, decision 0125): listed to its staff, kept by its administrators. */
export function NetworkMembersSection({ orgId, canManage }: { orgId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const members = useNetworkMembers(orgId, { limit: LIMIT, offset });
  const [removing, setRemoving] = useState<NetworkMember | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const page = members.data;

  return (
    <section aria-labelledby="network-members-heading" className="section">
      <Heading level={2} data-size="sm" id="network-members-heading">
        {t('organisations:network.heading')}
      </Heading>
      <Paragraph>{t('organisations:network.intro')}</Paragraph>
      <div aria-live="polite">{notice ? <Notice>{notice}</Notice> : null}</div>
      {members.isPending ? <Loading /> : null}
      <ErrorAlert error={members.error} />
      {page && page.total === 0 ? <Paragraph>{t('organisations:network.empty')}</Paragraph> : null}
      {page && page.items.length > 0 ? (
        <>
          <Paragraph data-size="sm">
            <RangeText total={page.total} limit={LIMIT} offset={offset} />
          </Paragraph>
          <TableScroll label={t('organisations:network.caption')}>
            <Table zebra data-size="sm">
              <caption className="ds-sr-only">{t('organisations:network.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('organisations:list.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('organisations:list.kind')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('organisations:list.country')}</Table.HeaderCell>
                  {canManage ? <Table.HeaderCell>{t('organisations:network.actions')}</Table.HeaderCell> : null}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {page.items.map((member) => (
                  <Table.Row key={member.organisationId}>
                    <Table.Cell>{member.name}</Table.Cell>
                    <Table.Cell>{t(`organisations:kinds.${member.kind}`)}</Table.Cell>
                    <Table.Cell>{t(`organisations:countries.${member.country}`)}</Table.Cell>
                    {canManage ? (
                      <Table.Cell>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          onClick={() => {
                            setNotice(null);
                            setRemoving(member);
                          }}
                        >
                          {t('organisations:network.remove', { name: member.name })}
                        </Button>
                      </Table.Cell>
                    ) : null}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          <Pager total={page.total} limit={LIMIT} offset={offset} onChange={setOffset} />
        </>
      ) : null}
      {canManage ? (
        <div className="section section--narrow">
          <Heading level={3} data-size="xs">
            {t('organisations:network.addHeading')}
          </Heading>
          <AddMemberForm
            orgId={orgId}
            shown={page?.items ?? []}
            onAdded={(member) => setNotice(t('organisations:network.added', { name: member.name }))}
          />
        </div>
      ) : null}
      <AppDialog open={removing !== null} onClose={() => setRemoving(null)} title={t('organisations:network.removeHeading')}>
        {removing ? (
          <RemoveConfirm
            key={removing.organisationId}
            orgId={orgId}
            member={removing}
            onClose={() => setRemoving(null)}
            onDone={() => {
              setNotice(t('organisations:network.removed', { name: removing.name }));
              setRemoving(null);
              if (page && page.items.length === 1 && offset > 0) setOffset(Math.max(0, offset - LIMIT));
            }}
          />
        ) : null}
      </AppDialog>
    </section>
  );
}

/** Choose an organisation that is not a network (the server refuses networks and members twice, 400/409). */
function AddMemberForm({ orgId, shown, onAdded }: { orgId: string; shown: readonly NetworkMember[]; onAdded: (m: NetworkMember) => void }) {
  const { t } = useTranslation();
  const directory = useOrganisationDirectory();
  const add = useAddNetworkMember(orgId);
  const form = useForm({ organisationId: '' }, { schema: networkMemberInputSchema });
  const taken = new Set(shown.map((m) => m.organisationId));
  const options = [
    { value: '', label: t('organisations:network.choose') },
    ...(directory.data ?? [])
      .filter((o) => o.kind !== 'network' && o.id !== orgId && !taken.has(o.id))
      .map((o) => ({ value: o.id, label: o.name })),
  ];
  const onSubmit = form.submitParsed(async (input) => {
    const member = await add.mutateAsync(input);
    form.setValues({ organisationId: '' });
    onAdded(member);
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <SelectField label={t('organisations:network.member')} options={options} required {...form.bind('organisationId')} />
      <ErrorAlert error={directory.error} />
      <ErrorAlert error={form.formError(['organisationId'])} />
      <div className="form__actions">
        <Button type="submit" loading={add.isPending}>
          {t('organisations:network.add')}
        </Button>
      </div>
    </form>
  );
}

function RemoveConfirm({
  orgId,
  member,
  onClose,
  onDone,
}: {
  orgId: string;
  member: NetworkMember;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveNetworkMember(orgId);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (remove.isPending) return;
    remove.mutate(member.organisationId, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} className="form">
      <Paragraph>{t('organisations:network.removeConfirm', { name: member.name })}</Paragraph>
      <ErrorAlert error={remove.error} messages={{ conflict: t('organisations:network.removeConflict', { name: member.name }) }} />
      <div className="form__actions">
        <Button type="submit" loading={remove.isPending} data-color="danger">
          {t('organisations:network.removeSubmit')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** For an organisation that is not a network: the networks it is a member of (its staff see them). */
export function MemberOfNetworks({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const networks = useOrganisationNetworks(orgId);
  if (networks.error) return <ErrorAlert error={networks.error} />;
  if (!networks.data || networks.data.length === 0) return null;
  return (
    <section aria-labelledby="member-of-heading" className="section">
      <Heading level={2} data-size="sm" id="member-of-heading">
        {t('organisations:network.memberOfHeading')}
      </Heading>
      <ul>
        {networks.data.map((n) => (
          <li key={n.id}>{n.name}</li>
        ))}
      </ul>
    </section>
  );
}
