import { Tag } from '@digdir/designsystemet-react';
import type { Person } from '@lots/core';
import { useTranslation } from 'react-i18next';

const COLOR = { none: 'neutral', invited: 'warning', active: 'success' } as const;

/** none / invited / active, as a coloured tag with text (colour is never the only cue). */
export function AccountStatusTag({ status }: { status: Person['accountStatus'] }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={COLOR[status]} data-size="sm" data-testid="account-status">
      {t(`people:accountStatus.${status}`)}
    </Tag>
  );
}
