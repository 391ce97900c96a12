import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/CopyField';

/** The program page's address to share with those who may apply, with a copy button. */
export function ShareLink({ programId }: { programId: string }) {
  const { t } = useTranslation();
  return (
    <CopyField
      label={t('programs:share.label')}
      description={t('programs:share.help')}
      value={`${window.location.origin}/programs/${programId}`}
      copyLabel={t('programs:share.copy')}
      copiedText={t('programs:share.copied')}
    />
  );
}
