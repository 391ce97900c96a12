import { useState } from 'react';
import { Button, Fieldset, Heading, Paragraph, Radio, Table, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { checkinInputSchema, type Mentorship } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { TableScroll } from '../../components/TableScroll';
import { formatDateTime } from '../../i18n';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { useAddCheckin, type Checkin, type Goal } from './api';
import { clip } from './format';

const LEVELS = [1, 2, 3, 4, 5] as const;

function CheckinForm({ m, goal }: { m: Mentorship; goal: Goal }) {
  const { t } = useTranslation();
  const add = useAddCheckin(m.pairId);
  const [saved, setSaved] = useState(false);
  const name = `progress-${goal.id}`;
  const form = useForm(
    { progress: '', comment: '' },
    {
      schema: checkinInputSchema,
      toInput: (v) => ({ goalId: goal.id, progress: v.progress ? Number(v.progress) : undefined, comment: v.comment.trim() || null }),
      messages: { progress: messageKey('mentorship:goals.progressRequired') },
    },
  );
  const problem = form.errorText('progress');

  const onSubmit = form.submitParsed(async (input) => {
    setSaved(false);
    await add.mutateAsync(input);
    form.setValues({ progress: '', comment: '' });
    setSaved(true);
  });

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Fieldset>
        <Fieldset.Legend>{t('mentorship:goals.progressLegend', { goal: clip(goal.text, 80) })}</Fieldset.Legend>
        <Fieldset.Description>{t('mentorship:goals.progressHelp')}</Fieldset.Description>
        <div className="ms-scale">
          {LEVELS.map((n) => (
            <Radio
              key={n}
              name={name}
              value={String(n)}
              label={t(`mentorship:goals.levels.${n}`)}
              checked={form.values.progress === String(n)}
              aria-invalid={problem ? true : undefined}
              onChange={() => {
                form.set('progress', String(n));
                setSaved(false);
              }}
            />
          ))}
        </div>
        {problem ? <ValidationMessage>{problem}</ValidationMessage> : null}
      </Fieldset>
      <Textfield label={t('mentorship:goals.comment')} multiline rows={2} {...form.bind('comment')} />
      {saved ? <Notice>{t('mentorship:goals.saved')}</Notice> : null}
      <ErrorAlert error={add.error} />
      <div>
        <Button
          type="submit"
          variant="secondary"
          loading={add.isPending}
          aria-label={t('mentorship:goals.saveLabel', { goal: clip(goal.text) })}
        >
          {t('mentorship:goals.save')}
        </Button>
      </div>
    </form>
  );
}

function History({ m, goal, checkins }: { m: Mentorship; goal: Goal; checkins: Checkin[] }) {
  const { t } = useTranslation();
  const who = (role: Checkin['author']) =>
    role === null ? t('common:common.none') : role === m.myRole ? t('mentorship:you') : m[role].name;
  const caption = t('mentorship:goals.historyCaption', { goal: clip(goal.text) });
  return (
    <TableScroll label={caption}>
      <Table zebra data-size="sm">
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('mentorship:goals.when')}</Table.HeaderCell>
            <Table.HeaderCell>{t('mentorship:goals.who')}</Table.HeaderCell>
            <Table.HeaderCell>{t('mentorship:goals.progress')}</Table.HeaderCell>
            <Table.HeaderCell>{t('mentorship:goals.commentColumn')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {checkins.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
              </Table.Cell>
              <Table.Cell>{who(c.author)}</Table.Cell>
              <Table.Cell>{t('mentorship:goals.progressValue', { progress: c.progress })}</Table.Cell>
              <Table.Cell className="ms-pre">{c.comment || t('common:common.none')}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** The agreement's goals, each with check-ins (progress 1–5 and a comment) and their history. */
export function GoalsSection({ m }: { m: Mentorship }) {
  const { t } = useTranslation();
  const goals = m.agreement?.goals ?? [];
  // A closed program's pair space is read-only (decision 0104).
  const active = m.status === 'active' && !m.programClosed;
  return (
    <section aria-labelledby="goals-heading" className="section">
      <Heading level={2} data-size="sm" id="goals-heading">
        {t('mentorship:goals.heading')}
      </Heading>
      {goals.length === 0 ? (
        <Paragraph>{m.status === 'ended' ? t('mentorship:goals.noneEnded') : t('mentorship:goals.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('mentorship:goals.intro')}</Paragraph>
          {goals.map((goal, i) => {
            const checkins = m.checkins.filter((c) => c.goalId === goal.id);
            const latest = checkins[0];
            const headingId = `goal-${i}-heading`;
            return (
              <section key={goal.id} aria-labelledby={headingId} className="ms-goal">
                <Heading level={3} data-size="xs" id={headingId}>
                  {goal.text}
                </Heading>
                <Paragraph data-size="sm">
                  {latest
                    ? t('mentorship:goals.latest', { progress: latest.progress, date: formatDateTime(latest.createdAt) })
                    : t('mentorship:goals.notYet')}
                </Paragraph>
                {active ? <CheckinForm m={m} goal={goal} /> : null}
                {checkins.length ? (
                  <>
                    <Heading level={4} data-size="2xs">
                      {t('mentorship:goals.historyHeading')}
                    </Heading>
                    <History m={m} goal={goal} checkins={checkins} />
                  </>
                ) : null}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
