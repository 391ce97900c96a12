import type { ReactNode } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableScroll } from '../../components/TableScroll';

/**
 * The building blocks the evaluation screens share (the coordinator's page, its survey administration,
 * the organisation's page and the participant's own surveys), so each block is written once.
 */

/** A titled part of a page: a section named by its level-2 heading. */
export function EvSection({ id, heading, testId, children }: { id: string; heading: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="section" data-testid={testId}>
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

/**
 * A table that scrolls sideways on small screens, named by its caption (shown, or for screen readers
 * only where the section's heading already says it), with one header row; the rows are the children.
 */
export function EvTable({
  caption,
  headers,
  testId,
  visibleCaption = false,
  children,
}: {
  caption: string;
  headers: ReactNode[];
  testId?: string;
  visibleCaption?: boolean;
  children: ReactNode;
}) {
  return (
    <TableScroll label={caption}>
      <Table data-size="sm" className="ev-table" data-testid={testId}>
        <caption className={visibleCaption ? undefined : 'ds-sr-only'}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {headers.map((h, i) => (
              <Table.HeaderCell key={i}>{h}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </TableScroll>
  );
}

/**
 * The confirmation before an irreversible action: says what will happen, then the (danger) action
 * and cancel. Closing returns focus to the button that opened it (AppDialog).
 */
export function ConfirmDialog({
  open,
  title,
  text,
  action,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  text: string;
  action: string;
  pending: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppDialog open={open} onClose={onClose} title={title}>
      <div className="form">
        <Paragraph>{text}</Paragraph>
        <ErrorAlert error={error} />
        <div className="form__actions">
          <Button data-color="danger" onClick={onConfirm} loading={pending}>
            {action}
          </Button>
          <Button variant="tertiary" onClick={onClose}>
            {t('common:common.cancel')}
          </Button>
        </div>
      </div>
    </AppDialog>
  );
}
