import type { ReactNode } from 'react';
import { Table } from '@digdir/designsystemet-react';
import type { SortDirection } from '@lots/core';

type SortableHeaderProps<S extends string> = {
  column: S;
  sort: S;
  dir: SortDirection;
  onSort: (sort: S, dir: SortDirection) => void;
  children: ReactNode;
  className?: string;
};

/** A column header that sorts the list on the server: a button, with `aria-sort` on the active column. */
export function SortableHeader<S extends string>({ column, sort, dir, onSort, children, className }: SortableHeaderProps<S>) {
  const active = column === sort;
  return (
    <Table.HeaderCell
      className={className}
      sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      onClick={() => onSort(column, active && dir === 'asc' ? 'desc' : 'asc')}
    >
      {children}
    </Table.HeaderCell>
  );
}
