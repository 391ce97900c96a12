import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A spinner with a spoken label, for a page or section still loading. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <Spinner aria-label={t('common:common.loading')} data-size="md" />
    </div>
  );
}
