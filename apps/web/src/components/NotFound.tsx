import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from './AppLink';
import { useErrorMessage } from './ErrorAlert';
import { Page } from './Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('common:errors.pageNotFound')} narrow>
      <Paragraph>{t('common:errors.pageNotFoundText')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('common:common.goHome')}</AppLink>
      </Paragraph>
    </Page>
  );
}

/** Shown when a route fails to load (e.g. the API is down). */
export function RouteErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Page title={t('common:errors.heading')} narrow>
      <ErrorText error={error} />
      <Paragraph>
        <AppLink to="/">{t('common:common.goHome')}</AppLink>
      </Paragraph>
    </Page>
  );
}

function ErrorText({ error }: { error: unknown }) {
  const message = useErrorMessage();
  return <Paragraph>{message(error)}</Paragraph>;
}
