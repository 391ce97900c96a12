import type { ReactNode } from 'react';
import { Heading, Table } from '@digdir/designsystemet-react';
import { TableScroll } from '../../components/TableScroll';

/**
 * The building blocks the evaluation screens share (the coordinator's page, its survey administration
 * and the organisation's page), so each block is written once; confirmations use ConfirmRemoval.
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
