import { useId, type ReactNode } from 'react';
import { Dialog, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

type AppDialogProps = { open: boolean; onClose: () => void; title: string; children: ReactNode };

/**
 * A modal dialog with a heading and a translated close button. Stays mounted so closing
 * returns focus to the button that opened it; the content only renders while open.
 */
export function AppDialog({ open, onClose, title, children }: AppDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog open={open} onClose={onClose} closeButton={t('common:common.closeDialog')} aria-labelledby={headingId} className="app-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {title || t('common:app.name')}
        </Heading>
      </Dialog.Block>
      {open ? <Dialog.Block>{children}</Dialog.Block> : null}
    </Dialog>
  );
}
