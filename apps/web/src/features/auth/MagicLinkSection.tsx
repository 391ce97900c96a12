import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { email as checkEmail } from '../../lib/validate';
import { useMagicLink } from './api';

type MagicLinkSectionProps = {
  /** The address typed in the sign-in form's e-mail field: the link goes there. */
  email: string;
  onMissingEmail: () => void;
};

/** "Send me a sign-in link": uses the e-mail field above, so there is only one e-mail field on the page. */
export function MagicLinkSection({ email, onMissingEmail }: MagicLinkSectionProps) {
  const { t } = useTranslation();
  const magicLink = useMagicLink();
  const send = () => {
    if (checkEmail(email)) return onMissingEmail();
    magicLink.mutate(email.trim());
  };
  return (
    <section aria-labelledby="magic-heading" className="section">
      <Heading level={2} data-size="sm" id="magic-heading">
        {t('auth:signIn.magicHeading')}
      </Heading>
      <Paragraph>{t('auth:signIn.magicIntro')}</Paragraph>
      <div aria-live="polite">
        {magicLink.isSuccess ? <Notice>{t('auth:signIn.magicSent', { email: magicLink.variables })}</Notice> : null}
      </div>
      <ErrorAlert error={magicLink.error} />
      <div className="form__actions">
        <Button variant="secondary" onClick={send} loading={magicLink.isPending}>
          {t('auth:signIn.magicSubmit')}
        </Button>
      </div>
    </section>
  );
}
