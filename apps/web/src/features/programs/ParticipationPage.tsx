import { useState } from 'react';
import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Me, ProgramInvitation } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../i18n';
import { LiveNotice } from '../matching';
import { useAnswerInvitation, useProgramInvitations } from './api';

const STATUS_COLOR = { invited: 'warning', accepted: 'success', declined: 'neutral' } as const;

type Answer = { invitation: ProgramInvitation; answer: 'accept' | 'decline' };

/**
 * /participation: invitations of my organisation to take part in other organisations' programs.
 * An administrator or coordinator accepts (then the program is shown to our staff) or declines,
 * each after a confirmation; both answers are final.
 */
export function ParticipationPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const allowed = me.can.answerProgramInvitations;
  const invitations = useProgramInvitations();
  const answer = useAnswerInvitation();
  const [confirming, setConfirming] = useState<Answer | null>(null);
  const [notice, setNotice] = useState('');

  if (!allowed) {
    return (
      <Page title={t('programs:participation.heading')}>
        <Alert data-color="warning">
          <Paragraph>{t('common:errors.forbidden')}</Paragraph>
        </Alert>
      </Page>
    );
  }

  const onConfirm = () => {
    if (!confirming) return;
    const { invitation, answer: what } = confirming;
    answer.mutate(
      { programId: invitation.programId, answer: what },
      {
        onSuccess: () => {
          setConfirming(null);
          setNotice(t(`programs:participation.done.${what}`, { program: invitation.programName }));
        },
        onError: () => setConfirming(null),
      },
    );
  };

  const list = invitations.data ?? [];
  const someone = t('programs:participation.someone');
  return (
    <Page title={t('programs:participation.heading')} lead={t('programs:participation.intro')}>
      {invitations.isPending ? <Loading /> : null}
      <ErrorAlert error={invitations.error} />
      <ErrorAlert error={answer.error} messages={{ conflict: t('programs:participation.conflict') }} />
      <LiveNotice message={notice} />
      {invitations.data && list.length === 0 ? <Paragraph>{t('programs:participation.empty')}</Paragraph> : null}
      <div>
        {list.map((invitation) => {
          const headingId = `invitation-${invitation.programId}`;
          return (
            <section key={invitation.programId} aria-labelledby={headingId} className="section panel">
              <Heading level={2} data-size="xs" id={headingId}>
                {invitation.programName}
              </Heading>
              <Paragraph data-size="sm">
                {t('programs:participation.from', { owner: invitation.ownerOrganisationName })} ·{' '}
                {t('programs:participation.invitedAt', { date: formatDateTime(invitation.invitedAt) })}
              </Paragraph>
              {invitation.purpose ? <Paragraph>{invitation.purpose}</Paragraph> : null}
              <Paragraph>
                <Tag data-color={STATUS_COLOR[invitation.status]} data-size="sm">
                  {t(`programs:participation.status.${invitation.status}`)}
                </Tag>{' '}
                {invitation.respondedAt
                  ? t('programs:participation.answeredBy', {
                      name: invitation.respondedByName ?? someone,
                      date: formatDateTime(invitation.respondedAt),
                    })
                  : null}
              </Paragraph>
              {invitation.status === 'invited' ? (
                <div
                  className="row-actions"
                  role="group"
                  aria-label={t('programs:participation.answerLabel', { program: invitation.programName })}
                >
                  <Button data-size="sm" onClick={() => setConfirming({ invitation, answer: 'accept' })}>
                    {t('programs:participation.accept')}
                  </Button>
                  <Button data-size="sm" variant="secondary" onClick={() => setConfirming({ invitation, answer: 'decline' })}>
                    {t('programs:participation.decline')}
                  </Button>
                </div>
              ) : null}
            </section>
          );
        })}
      </div>
      <AppDialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={
          confirming ? t(`programs:participation.confirm.${confirming.answer}Title`, { program: confirming.invitation.programName }) : ''
        }
      >
        {confirming ? (
          <div className="form">
            <Paragraph>
              {t(`programs:participation.confirm.${confirming.answer}Text`, {
                program: confirming.invitation.programName,
                owner: confirming.invitation.ownerOrganisationName,
              })}
            </Paragraph>
            <div className="form__actions">
              <Button onClick={onConfirm} loading={answer.isPending}>
                {t(`programs:participation.confirm.${confirming.answer}`)}
              </Button>
              <Button variant="tertiary" onClick={() => setConfirming(null)}>
                {t('common:common.cancel')}
              </Button>
            </div>
          </div>
        ) : null}
      </AppDialog>
    </Page>
  );
}
