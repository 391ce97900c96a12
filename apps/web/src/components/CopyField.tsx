import { useRef, useState, type ReactNode } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { Notice } from './ErrorAlert';

type CopyFieldProps = {
  label: string;
  description?: string;
  value: string;
  /** The copy button's text. */
  copyLabel: string;
  /** Announced politely once copied. */
  copiedText: string;
  /** More actions beside the copy button. */
  children?: ReactNode;
};

/**
 * A read-only address with a copy button; the confirmation is announced in a polite live region. Without
 * the Clipboard API (an insecure origin) the field's text is selected and copied the older way.
 */
export function CopyField({ label, description, value, copyLabel, copiedText, children }: CopyFieldProps) {
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const copy = async () => {
    setCopied(false);
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      field.current?.select();
      setCopied(document.execCommand('copy'));
    }
  };
  return (
    <div className="copy-field">
      <Textfield ref={field} label={label} description={description} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      <div className="form__actions">
        <Button variant="secondary" data-size="sm" onClick={() => void copy()}>
          {copyLabel}
        </Button>
        {children}
      </div>
      <div aria-live="polite">{copied ? <Notice>{copiedText}</Notice> : null}</div>
    </div>
  );
}
