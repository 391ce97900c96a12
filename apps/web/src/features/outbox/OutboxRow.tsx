import { Button, Table, Tag } from '@digdir/designsystemet-react';
import type { OutboxMessage } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n';

const STATUS_COLOR = { queued: 'info', sending: 'info', sent: 'success', outbox: 'neutral', failed: 'danger' } as const;

type OutboxRowProps = { message: OutboxMessage; expanded: boolean; onToggle: () => void };

/** One mail, plus (when expanded) a row with its plain text. */
export function OutboxRow({ message, expanded, onToggle }: OutboxRowProps) {
  const { t } = useTranslation();
  const textId = `mail-${message.id}`;
  return (
    <>
      <Table.Row>
        <Table.Cell>
          <Tag data-color={STATUS_COLOR[message.status]} data-size="sm">
            {t(`outbox:mailStatus.${message.status}`)}
          </Tag>
        </Table.Cell>
        <Table.Cell>{message.to}</Table.Cell>
        <Table.Cell>{message.subject}</Table.Cell>
        <Table.Cell>
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
        </Table.Cell>
        <Table.Cell>
          <Button
            variant="tertiary"
            data-size="sm"
            aria-expanded={expanded}
            aria-controls={expanded ? textId : undefined}
            aria-label={
              expanded ? t('outbox:list.hideLabel', { subject: message.subject }) : t('outbox:list.showLabel', { subject: message.subject })
            }
            onClick={onToggle}
          >
            {expanded ? t('outbox:list.hide') : t('outbox:list.show')}
          </Button>
        </Table.Cell>
      </Table.Row>
      {expanded ? (
        <Table.Row>
          <Table.Cell colSpan={5}>
            <div id={textId} className="mail-text">
              <p className="mail-text__meta">
                {message.sentAt ? `${t('outbox:list.sent')}: ${formatDateTime(message.sentAt)} · ` : ''}
                {t('outbox:list.attempts', { count: message.attempts })}
              </p>
              <pre>{message.text}</pre>
            </div>
          </Table.Cell>
        </Table.Row>
      ) : null}
    </>
  );
}
