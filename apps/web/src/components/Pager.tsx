import { useEffect, useRef } from 'react';
import { Pagination, usePagination } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/**
 * Where focus goes when the page changes: the element this ref is given (the list's "Showing 21–40
 * of 130", made focusable with `tabIndex={-1}`). The pager's own button may be gone or disabled on
 * the new page (the last page's "Next"), and focus must never fall to the document (WCAG 2.4.3).
 */
export function usePageFocus<T extends HTMLElement>(offset: number) {
  const ref = useRef<T>(null);
  const last = useRef(offset);
  useEffect(() => {
    if (last.current === offset) return;
    last.current = offset;
    ref.current?.focus();
  }, [offset]);
  return ref;
}

type PagerProps = {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
  /** More than `total` match (the list's `totalCapped`): only previous and next, and next only while `shown` fills a page. */
  capped?: boolean;
  /** How many items this page shows (for a capped total). */
  shown?: number;
};

/**
 * Page numbers for a list fetched with limit/offset. Hidden when everything fits on one page. When the total is
 * capped ("more than N"), the last page is unknown: previous and next only, no page numbers.
 */
export function Pager({ total, limit, offset, onChange, capped = false, shown = 0 }: PagerProps) {
  const { t } = useTranslation();
  const page = Math.floor(offset / limit) + 1;
  const totalPages = capped ? page + (shown >= limit ? 1 : 0) : Math.max(1, Math.ceil(total / limit));
  const currentPage = Math.min(totalPages, page);
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage,
    totalPages,
    showPages: 7,
    setCurrentPage: (page) => onChange((page - 1) * limit),
  });
  if (totalPages <= 1) return null;
  return (
    <Pagination aria-label={t('common:common.pagination')} className="pager">
      <Pagination.List>
        <Pagination.Item>
          <Pagination.Button variant="tertiary" {...prevButtonProps}>
            {t('common:common.previous')}
          </Pagination.Button>
        </Pagination.Item>
        {(capped ? [] : pages).map(({ page, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof page === 'number' && buttonProps ? (
              <Pagination.Button variant="tertiary" {...buttonProps} aria-label={t('common:common.page', { page })}>
                {page}
              </Pagination.Button>
            ) : null}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          <Pagination.Button variant="tertiary" {...nextButtonProps}>
            {t('common:common.next')}
          </Pagination.Button>
        </Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}

/** "Showing 1–25 of 130"; with a capped total (`shown` items on this page), "Showing 1–25 of more than 10,000". */
export function RangeText({
  total,
  limit,
  offset,
  capped = false,
  shown = 0,
}: {
  total: number;
  limit: number;
  offset: number;
  capped?: boolean;
  shown?: number;
}) {
  const { t } = useTranslation();
  if (total === 0) return null;
  if (capped) {
    if (shown === 0) return null;
    return <>{t('common:common.showingMore', { from: offset + 1, to: offset + shown, total })}</>;
  }
  return <>{t('common:common.showing', { from: offset + 1, to: Math.min(total, offset + limit), total })}</>;
}
