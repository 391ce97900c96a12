import { useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Link, Tag } from '@digdir/designsystemet-react';
import { LOCALES, eventAttachmentInputSchema, type EventAttachment, type MaterialFileInput, type ProgramEvent } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ConfirmRemoval } from '../../components/ConfirmRemoval';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { MaterialFileField } from '../../components/MaterialFileField';
import { SelectField } from '../../components/SelectField';
import { currentLocale } from '../../i18n';
import { formatFileSize, materialFileInput, materialFileProblem } from '../../lib/files';
import { useForm } from '../../lib/form';
import { eventAttachmentUrl, useAddEventAttachment, useRemoveEventAttachment } from './api';

/** Attach a file to an event, in a language or for every language (decision 0114). */
function AttachmentForm({ programId, event, onDone }: { programId: string; event: ProgramEvent; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddEventAttachment(programId);
  const chosen = useRef<MaterialFileInput | null>(null);
  const form = useForm(
    { file: '', locale: '' },
    { schema: eventAttachmentInputSchema, toInput: (v) => ({ locale: v.locale || null, file: chosen.current }) },
  );
  const onFile = async (file: File | null) => {
    chosen.current = null;
    form.set('file', file?.name ?? '');
    const problem = materialFileProblem(file);
    if (problem) form.setErrors({ file: problem });
    else if (file) chosen.current = await materialFileInput(file);
  };
  const submitParsed = form.submitParsed(async (input) => {
    await add.mutateAsync({ eventId: event.id, input });
    onDone();
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    // A file that is missing, of a type not taken or too large is named before anything is sent.
    if (!chosen.current || form.errors.file) {
      e.preventDefault();
      if (!form.errors.file) form.setErrors({ file: materialFileProblem(null)! });
      form.showErrors();
      return;
    }
    submitParsed(e);
  };
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <MaterialFileField name="file" label={t('events:materials.file')} error={form.errorText('file')} onChange={(f) => void onFile(f)} />
      <SelectField
        label={t('events:materials.locale')}
        options={[
          { value: '', label: t('events:materials.anyLocale') },
          ...LOCALES.map((l) => ({ value: l, label: t(`common:languages.${l}`) })),
        ]}
        {...form.bind('locale')}
      />
      <ErrorAlert error={form.formError(['file', 'locale'])} />
      <div className="form__actions">
        <Button type="submit" loading={add.isPending}>
          {t('events:materials.save')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}

type Dialog = { mode: 'add' } | { mode: 'remove'; attachment: EventAttachment } | null;

/**
 * An event's links and files, each marked with its language; those who manage the event add files
 * and remove them after a confirmation.
 */
export function EventMaterials({ programId, event }: { programId: string; event: ProgramEvent }) {
  const { t } = useTranslation();
  const remove = useRemoveEventAttachment(programId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const locale = currentLocale();
  if (!event.links.length && !event.attachments.length && !event.can.manage) return null;
  const language = (l: string | null) =>
    l ? (
      <>
        {' '}
        <Tag data-size="sm" lang={l}>
          {t(`common:languages.${l as (typeof LOCALES)[number]}`)}
        </Tag>
      </>
    ) : null;
  return (
    <div className="event__materials">
      {event.links.length || event.attachments.length ? (
        <>
          <Heading level={5} data-size="2xs">
            {t('events:materials.heading')}
          </Heading>
          <ul className="plain-list" aria-label={t('events:materials.caption', { title: event.title })}>
            {event.links.map((link) => (
              <li key={link.url}>
                <Link href={link.url} rel="noreferrer" lang={link.locale ?? undefined}>
                  {link.label}
                </Link>
                {language(link.locale)}
              </li>
            ))}
            {event.attachments.map((file) => (
              <li key={file.id}>
                <Link href={eventAttachmentUrl(programId, event.id, file.id)} download={file.name}>
                  {file.name}
                </Link>{' '}
                <span>({formatFileSize(file.size, locale)})</span>
                {language(file.locale)}
                {event.can.manage ? (
                  <>
                    {' '}
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t('events:materials.removeLabel', { name: file.name })}
                      onClick={() => setDialog({ mode: 'remove', attachment: file })}
                    >
                      {t('common:common.delete')}
                    </Button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {event.can.manage ? (
        <Button
          variant="tertiary"
          data-size="sm"
          aria-label={t('events:materials.addLabel', { title: event.title })}
          onClick={() => setDialog({ mode: 'add' })}
        >
          {t('events:materials.add')}
        </Button>
      ) : null}
      <AppDialog
        open={dialog !== null}
        onClose={close}
        title={dialog?.mode === 'remove' ? t('events:materials.removeHeading') : t('events:materials.addHeading', { title: event.title })}
      >
        {dialog?.mode === 'remove' ? (
          <ConfirmRemoval
            message={t('events:materials.removeConfirm', { name: dialog.attachment.name, title: event.title })}
            removal={remove}
            variables={{ eventId: event.id, attachmentId: dialog.attachment.id }}
            onDone={close}
          />
        ) : dialog ? (
          <AttachmentForm programId={programId} event={event} onDone={close} />
        ) : null}
      </AppDialog>
    </div>
  );
}
