import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiErrorCode } from '../api/errors';
import { errorKey } from '../lib/errors';

export type ErrorMessages = Partial<Record<ApiErrorCode, string>>;

/** The translated message for an error, with optional wording per code for the situation at hand. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown, messages: ErrorMessages = {}): string => {
    // Lots opened at another address than PUBLIC_URL: say where it is.
    const origin = error instanceof ApiError ? error.details.find((d) => d.code === 'origin.notAllowed') : undefined;
    if (origin?.values?.publicUrl) return t('common:errors.wrongOrigin', { publicUrl: origin.values.publicUrl });
    if (error instanceof ApiError && messages[error.code]) return messages[error.code] as string;
    return t(errorKey(error));
  };
}

type ErrorAlertProps = { error: unknown; messages?: ErrorMessages; className?: string };

/** A danger alert for a failed request. Renders nothing without an error. */
export function ErrorAlert({ error, messages, className }: ErrorAlertProps) {
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert data-color="danger" className={className} role="alert">
      <Paragraph>{message(error, messages)}</Paragraph>
    </Alert>
  );
}

/** A success (or info) message announced politely to screen readers. */
export function Notice({ children, color = 'success' }: { children: string; color?: 'success' | 'info' | 'warning' }) {
  return (
    <Alert data-color={color} role="status">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
