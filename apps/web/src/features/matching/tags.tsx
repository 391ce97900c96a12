import { Tag } from '@digdir/designsystemet-react';
import type { Pair } from '@lots/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR = { published: 'warning', active: 'success', declined: 'danger', ended: 'neutral' } as const satisfies Record<
  Pair['status'],
  string
>;
const RESPONSE_COLOR = { pending: 'neutral', accepted: 'success', declined: 'danger' } as const satisfies Record<
  Pair['adeptResponse'],
  string
>;

export function PairStatusTag({ status }: { status: Pair['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={STATUS_COLOR[status]} data-size="sm" data-testid="pair-status">
      {t(`matching:pairStatus.${status}`)}
    </Tag>
  );
}

export function ResponseTag({ response }: { response: Pair['adeptResponse'] }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={RESPONSE_COLOR[response]} data-size="sm">
      {t(`matching:response.${response}`)}
    </Tag>
  );
}
