import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { CopyField } from '../../components/CopyField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../i18n';
import { feedStatusQuery, useRevokeFeed, useRotateFeed } from './api';

type Confirm = 'rotate' | 'revoke' | null;

/**
 * My calendar feed (profile page): a secret subscription address with my events, my pair's next
 * meetings and my programs' dates. Only its owner sees the address, and only right after it is made
 * (the server keeps its hash); a new address replaces the old, and revoking stops it, after a confirmation.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const status = useQuery(feedStatusQuery);
  const rotate = useRotateFeed();
  const revoke = useRevokeFeed();
  const [confirm, setConfirm] = useState<Confirm>(null);
  const made = rotate.data && status.data?.active ? rotate.data : null;
  const close = () => setConfirm(null);

  const makeFeed = () =>
    rotate.mutate(undefined, {
      onSuccess: close,
    });

  return (
    <section aria-labelledby="feed-heading" className="section">
      <Heading level={2} data-size="sm" id="feed-heading">
        {t('events:feedSettings.heading')}
      </Heading>
      <Paragraph>{t('events:feedSettings.lead')}</Paragraph>
      <ErrorAlert error={status.error ?? rotate.error ?? revoke.error} />
      {status.data ? (
        status.data.active ? (
          <Paragraph data-testid="feed-status">
            {t('events:feedSettings.active', { date: formatDateTime(status.data.createdAt) })}
          </Paragraph>
        ) : (
          <Paragraph data-testid="feed-status">{t('events:feedSettings.none')}</Paragraph>
        )
      ) : null}
      {made ? (
        <div className="feed__address">
          <CopyField
            key={made.url}
            label={t('events:feedSettings.address')}
            description={t('events:feedSettings.addressHelp')}
            value={made.url}
            copyLabel={t('events:feedSettings.copy')}
            copiedText={t('events:feedSettings.copied')}
          >
            <Button variant="tertiary" data-size="sm" asChild>
              <a href={made.webcalUrl}>{t('events:feedSettings.subscribe')}</a>
            </Button>
          </CopyField>
        </div>
      ) : null}
      {status.data ? (
        <div className="form__actions">
          {status.data.active ? (
            <>
              <Button variant="secondary" onClick={() => setConfirm('rotate')}>
                {t('events:feedSettings.rotate')}
              </Button>
              <Button variant="tertiary" data-color="danger" onClick={() => setConfirm('revoke')}>
                {t('events:feedSettings.revoke')}
              </Button>
            </>
          ) : (
            <Button variant="secondary" loading={rotate.isPending} onClick={makeFeed}>
              {t('events:feedSettings.create')}
            </Button>
          )}
        </div>
      ) : null}
      <AppDialog
        open={confirm !== null}
        onClose={close}
        title={confirm === 'revoke' ? t('events:feedSettings.revokeHeading') : t('events:feedSettings.rotateHeading')}
      >
        <Paragraph>{confirm === 'revoke' ? t('events:feedSettings.revokeConfirm') : t('events:feedSettings.rotateConfirm')}</Paragraph>
        <div className="form__actions">
          {confirm === 'revoke' ? (
            <Button data-color="danger" loading={revoke.isPending} onClick={() => revoke.mutate(undefined, { onSuccess: close })}>
              {t('events:feedSettings.revoke')}
            </Button>
          ) : (
            <Button loading={rotate.isPending} onClick={makeFeed}>
              {t('events:feedSettings.rotate')}
            </Button>
          )}
          <Button variant="tertiary" onClick={close}>
            {t('common:common.cancel')}
          </Button>
        </div>
      </AppDialog>
    </section>
  );
}
