import { useState } from 'react';
import { Button, Checkbox, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { directoryEntryInputSchema, groupInputSchema, type Group, type Program } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ConfirmRemoval } from '../../components/ConfirmRemoval';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { EventForm } from '../events';
import { useProgram } from '../programs';
import { useCreateGroup, useDeleteGroup, useDirectory, useGroupCandidates, useGroups, useJoinDirectory, useLeaveDirectory } from './api';

const PAGE = 20;

/** /programs/$programId/networking: the cohort directory (opt-in) and the program's networking and coach groups. */
export function NetworkingPage({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const program = useProgram(programId);
  return (
    <Page title={t('networking:page.heading')} lead={program.data?.name}>
      {program.isPending ? <Loading /> : null}
      <ErrorAlert error={program.error} />
      {program.data ? (
        <>
          <DirectorySection programId={programId} />
          <GroupsSection program={program.data} />
        </>
      ) : null}
    </Page>
  );
}

/** Join (with explicit consent) or leave the directory; those in it, and the coordinators, browse and search it. */
function DirectorySection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const directory = useDirectory(programId, q, offset, PAGE);
  const [leaving, setLeaving] = useState(false);
  const leave = useLeaveDirectory(programId);
  const data = directory.data;
  return (
    <section aria-labelledby="directory-heading" className="section">
      <Heading level={2} data-size="sm" id="directory-heading">
        {t('networking:directory.heading')}
      </Heading>
      <Paragraph>{t('networking:directory.intro')}</Paragraph>
      <ErrorAlert error={directory.error} />
      {data?.can.join && !data.mine ? <JoinForm programId={programId} /> : null}
      {data?.mine ? (
        <div>
          <Paragraph>{t('networking:directory.youAreIn')}</Paragraph>
          <Button variant="secondary" onClick={() => setLeaving(true)}>
            {t('networking:directory.leave')}
          </Button>
        </div>
      ) : null}
      {data?.can.browse ? (
        <>
          <Textfield
            label={t('networking:directory.search')}
            type="search"
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              setOffset(0);
            }}
          />
          {data.items.length === 0 ? <Paragraph>{t('networking:directory.empty')}</Paragraph> : null}
          <ul className="plain-list" aria-label={t('networking:directory.caption')}>
            {data.items.map((entry) => (
              <li key={entry.personId}>
                <strong>{entry.name}</strong>
                {entry.title ? `, ${entry.title}` : ''} — {entry.organisationName}
                {entry.interests ? (
                  <Paragraph data-size="sm">{t('networking:directory.interestsShown', { interests: entry.interests })}</Paragraph>
                ) : null}
              </li>
            ))}
          </ul>
          <Pager total={data.total} limit={PAGE} offset={offset} onChange={setOffset} />
        </>
      ) : null}
      <AppDialog open={leaving} onClose={() => setLeaving(false)} title={t('networking:directory.leaveHeading')}>
        <ConfirmRemoval
          message={t('networking:directory.leaveConfirm')}
          removal={leave}
          variables={undefined}
          onDone={() => setLeaving(false)}
          confirmLabel={t('networking:directory.leave')}
        />
      </AppDialog>
    </section>
  );
}

function JoinForm({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const join = useJoinDirectory(programId);
  const form = useForm(
    { consent: '', interests: '' },
    {
      schema: directoryEntryInputSchema,
      toInput: (v) => ({ consent: v.consent === 'yes' ? true : undefined, interests: v.interests.trim() || null }),
    },
  );
  const onSubmit = form.submitParsed(async (input) => {
    await join.mutateAsync(input);
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Textfield
        label={t('networking:directory.interests')}
        description={t('networking:directory.interestsHelp')}
        {...form.bind('interests')}
      />
      <ChoiceFieldset legend={t('networking:directory.consentLegend')} error={form.errorText('consent')}>
        <Checkbox
          name="consent"
          label={t('networking:directory.consent')}
          value="yes"
          checked={form.values.consent === 'yes'}
          aria-invalid={form.errorText('consent') ? true : undefined}
          onChange={(e) => form.set('consent', e.target.checked ? 'yes' : '')}
        />
      </ChoiceFieldset>
      <ErrorAlert error={form.formError(['consent', 'interests'])} />
      <div className="form__actions">
        <Button type="submit" loading={join.isPending}>
          {t('networking:directory.join')}
        </Button>
      </div>
    </form>
  );
}

type Dialog = { mode: 'create' } | { mode: 'meeting'; group: Group } | { mode: 'delete'; group: Group } | null;

/** My groups (every group for the coordinators, who form them and plan their meetings). */
function GroupsSection({ program }: { program: Program }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const groups = useGroups(program.id, offset, PAGE);
  const remove = useDeleteGroup(program.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [planned, setPlanned] = useState<string | null>(null);
  const close = () => setDialog(null);
  const manage = groups.data?.can.manage ?? false;
  return (
    <section aria-labelledby="groups-heading" className="section">
      <Heading level={2} data-size="sm" id="groups-heading">
        {t('networking:groups.heading')}
      </Heading>
      <ErrorAlert error={groups.error} />
      {planned ? <Notice>{t('networking:groups.planned', { name: planned })}</Notice> : null}
      {groups.data && groups.data.items.length === 0 ? <Paragraph>{t('networking:groups.empty')}</Paragraph> : null}
      {groups.data?.items.map((group) => (
        <article key={group.id} aria-labelledby={`group-${group.id}`} className="card">
          <Heading level={3} data-size="xs" id={`group-${group.id}`}>
            {group.name}{' '}
            <Tag data-size="sm" data-color="info">
              {t(`networking:kind.${group.kind}`)}
            </Tag>
          </Heading>
          <ul className="plain-list" aria-label={t('networking:groups.members', { name: group.name })}>
            {group.members.map((m) => (
              <li key={m.personId}>
                {m.name}
                {m.title ? `, ${m.title}` : ''} — {m.organisationName}
                {m.role === 'coach' ? ` (${t('networking:groups.coach')})` : ''}
              </li>
            ))}
          </ul>
          {manage ? (
            <div className="row-actions">
              <Button variant="secondary" data-size="sm" onClick={() => setDialog({ mode: 'meeting', group })}>
                {t('networking:groups.planMeeting', { name: group.name })}
              </Button>
              <Button variant="tertiary" data-size="sm" onClick={() => setDialog({ mode: 'delete', group })}>
                {t('networking:groups.delete', { name: group.name })}
              </Button>
            </div>
          ) : null}
        </article>
      ))}
      {groups.data ? <Pager total={groups.data.total} limit={PAGE} offset={offset} onChange={setOffset} /> : null}
      {manage ? (
        <div>
          <Button variant="secondary" onClick={() => setDialog({ mode: 'create' })}>
            {t('networking:groups.create')}
          </Button>
        </div>
      ) : null}
      <AppDialog
        open={dialog !== null}
        onClose={close}
        title={
          dialog?.mode === 'meeting'
            ? t('networking:groups.planMeeting', { name: dialog.group.name })
            : dialog?.mode === 'delete'
              ? t('networking:groups.deleteHeading')
              : t('networking:groups.create')
        }
      >
        {dialog?.mode === 'delete' ? (
          <ConfirmRemoval
            message={t('networking:groups.deleteConfirm', { name: dialog.group.name })}
            removal={remove}
            variables={dialog.group.id}
            onDone={close}
          />
        ) : null}
        {dialog?.mode === 'create' ? <GroupForm programId={program.id} onDone={close} /> : null}
        {dialog?.mode === 'meeting' ? (
          <EventForm
            program={program}
            group={{ id: dialog.group.id, kind: dialog.group.kind }}
            onDone={() => {
              setPlanned(dialog.group.name);
              close();
            }}
          />
        ) : null}
      </AppDialog>
    </section>
  );
}

/** Form a networking group (3–8 participants) or a coach group (a mentor coaching 1–8 mentors). */
function GroupForm({ programId, onDone }: { programId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateGroup(programId);
  const form = useForm(
    { kind: 'networking', name: '', coachId: '', memberIds: '' },
    {
      schema: groupInputSchema,
      toInput: (v) => ({
        kind: v.kind,
        name: v.name,
        coachId: v.kind === 'coaching' ? v.coachId || null : null,
        memberIds: v.memberIds ? v.memberIds.split(',') : [],
      }),
    },
  );
  const coaching = form.values.kind === 'coaching';
  const candidates = useGroupCandidates(programId, coaching ? 'mentor' : undefined);
  const chosen = form.values.memberIds ? form.values.memberIds.split(',') : [];
  const toggle = (personId: string, on: boolean) =>
    form.set('memberIds', (on ? [...chosen, personId] : chosen.filter((id) => id !== personId)).join(','));
  const onSubmit = form.submitParsed(async (input) => {
    await create.mutateAsync(input);
    onDone();
  });
  const people = candidates.data?.items ?? [];
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <SelectField
        label={t('networking:groups.kindLabel')}
        options={[
          { value: 'networking', label: t('networking:kind.networking') },
          { value: 'coaching', label: t('networking:kind.coaching') },
        ]}
        {...form.bind('kind')}
      />
      <Textfield label={t('networking:groups.name')} required {...form.bind('name')} />
      {coaching ? (
        <SelectField
          label={t('networking:groups.coachLabel')}
          options={[{ value: '', label: t('common:common.none') }, ...people.map((p) => ({ value: p.personId, label: p.name }))]}
          {...form.bind('coachId')}
        />
      ) : null}
      <ChoiceFieldset
        legend={coaching ? t('networking:groups.coachedLegend') : t('networking:groups.membersLegend')}
        description={coaching ? t('networking:groups.coachedHelp') : t('networking:groups.membersHelp')}
        error={form.errorText('memberIds')}
      >
        {candidates.isPending ? <Loading /> : null}
        {people.map((p) => (
          <Checkbox
            key={p.personId}
            name="memberIds"
            value={p.personId}
            label={`${p.name} (${p.organisationName}, ${t(`networking:role.${p.role}`)})`}
            checked={chosen.includes(p.personId)}
            aria-invalid={form.errorText('memberIds') ? true : undefined}
            onChange={(e) => toggle(p.personId, e.target.checked)}
          />
        ))}
      </ChoiceFieldset>
      <ErrorAlert error={form.formError(['kind', 'name', 'coachId', 'memberIds'])} />
      <div className="form__actions">
        <Button type="submit" loading={create.isPending}>
          {t('networking:groups.save')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
