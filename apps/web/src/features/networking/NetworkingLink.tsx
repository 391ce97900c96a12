import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';

/** The program page's way to the directory and the groups (for a running program's participants and its coordinators). */
export function NetworkingLink({ programId }: { programId: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <AppLink to="/programs/$programId/networking" params={{ programId }}>
        {t('networking:page.link')}
      </AppLink>
    </p>
  );
}
