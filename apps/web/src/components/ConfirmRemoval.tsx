import type { ReactNode } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** The part of a mutation hook's result a confirmation needs (TanStack Query's `useMutation`). */
interface Removal<V> {
  mutate: (variables: V, options: { onSuccess: () => void }) => void;
  isPending: boolean;
  error: unknown;
}

type ConfirmRemovalProps<V> = {
  /** What will be removed, as a sentence ("Remove the guide …? It cannot be undone."). */
  message: ReactNode;
  /** The removal (or cancellation) to run once confirmed, and what to give it. */
  removal: Removal<V>;
  variables: V;
  /** Called after the removal succeeded, and on "Cancel". */
  onDone: () => void;
  /** The confirming button's text; "Delete" unless given. */
  confirmLabel?: string;
  /** The other button's text; "Cancel" unless given. */
  cancelLabel?: string;
};

/**
 * The confirmation before an irreversible action on an item of a list (a resource, an event, a
 * question, a contact, a group, a file): the sentence, the server's refusal if any, a danger button
 * and a way back. Shown inside the list's AppDialog, which returns focus to the button that opened it.
 */
export function ConfirmRemoval<V>({ message, removal, variables, onDone, confirmLabel, cancelLabel }: ConfirmRemovalProps<V>) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{message}</Paragraph>
      <ErrorAlert error={removal.error} />
      <div className="form__actions">
        <Button data-color="danger" loading={removal.isPending} onClick={() => removal.mutate(variables, { onSuccess: onDone })}>
          {confirmLabel ?? t('common:common.delete')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {cancelLabel ?? t('common:common.cancel')}
        </Button>
      </div>
    </>
  );
}
