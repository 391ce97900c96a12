import { Alert, Paragraph } from '@digdir/designsystemet-react';

/**
 * A status region that is always in the page, so that a message put into it later is
 * announced by screen readers; shows the message as a success (or other) alert.
 */
export function LiveNotice({ message, color = 'success' }: { message: string; color?: 'success' | 'info' | 'warning' }) {
  return (
    <div role="status" className="matching-live">
      {message ? (
        <Alert data-color={color}>
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
