import { Button } from '@digdir/designsystemet-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../features/auth';

export function SignOutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const onClick = async () => {
    try {
      await signOut.mutateAsync();
    } catch {
      // The session is gone either way on our side; the sign-in page is the right place.
    }
    await navigate({ to: '/sign-in' });
  };
  return (
    <Button variant="secondary" data-size="sm" onClick={() => void onClick()} loading={signOut.isPending}>
      {t('common:shell.signOut')}
    </Button>
  );
}
