import { useState } from 'react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { noteInputSchema } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../i18n';
import { useForm } from '../../lib/form';
import { messageKey } from '../../lib/validate';
import { useAddNote, useDeleteNote, useNotes, useUpdateNote, type Note } from './api';

/** A note is the contract's text; the notes' own words for an empty or too long one. */
const NOTE = {
  schema: noteInputSchema,
  messages: {
    text: {
      'common:errors.required': messageKey('mentorship:notes.required'),
      'common:errors.tooLong': messageKey('mentorship:notes.tooLong'),
    },
  },
};

function NoteItem({
  pairId,
  note,
  n,
  readOnly,
  onDelete,
}: {
  pairId: string;
  note: Note;
  n: number;
  readOnly: boolean;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateNote(pairId);
  const [editing, setEditing] = useState(false);
  const form = useForm({ text: note.text }, NOTE);
  const headingId = `note-${note.id}-heading`;

  const onSubmit = form.submitParsed(async (input) => {
    await update.mutateAsync({ noteId: note.id, text: input.text });
    setEditing(false);
  });

  return (
    <li>
      <article aria-labelledby={headingId} className="ms-note">
        <Heading level={3} data-size="2xs" id={headingId}>
          {t('mentorship:notes.noteHeading', { n })}
        </Heading>
        <Paragraph data-size="sm" className="ms-note__meta">
          <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
          {note.updatedAt !== note.createdAt ? ` · ${t('mentorship:notes.edited', { date: formatDateTime(note.updatedAt) })}` : ''}
        </Paragraph>
        {editing ? (
          <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
            <FormErrorSummary summary={form.summary} />
            <Textfield label={t('mentorship:notes.editField', { n })} multiline rows={5} {...form.bind('text')} />
            <ErrorAlert error={update.error} />
            <div className="form__actions">
              <Button type="submit" loading={update.isPending}>
                {t('mentorship:notes.saveEdit')}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                onClick={() => {
                  setEditing(false);
                  form.setValues({ text: note.text });
                  form.setErrors({});
                }}
              >
                {t('common:common.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <>
            <Paragraph className="ms-pre">{note.text}</Paragraph>
            <div className="row-actions">
              {readOnly ? null : (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('mentorship:notes.editLabel', { n })}
                  onClick={() => setEditing(true)}
                >
                  {t('common:common.edit')}
                </Button>
              )}
              <Button variant="tertiary" data-size="sm" aria-label={t('mentorship:notes.deleteLabel', { n })} onClick={onDelete}>
                {t('common:common.delete')}
              </Button>
            </div>
          </>
        )}
      </article>
    </li>
  );
}

/** Private notes: only the author ever sees them — not the other party, not coordinators, not administrators. */
export function NotesSection({ pairId, otherName, readOnly }: { pairId: string; otherName: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const notes = useNotes(pairId);
  const add = useAddNote(pairId);
  const remove = useDeleteNote(pairId);
  const form = useForm({ text: '' }, NOTE);
  const [deleting, setDeleting] = useState<{ note: Note; n: number } | null>(null);
  const list = notes.data ?? [];
  const close = () => setDeleting(null);
  const deleted = () => {
    close();
    window.setTimeout(() => document.getElementById('notes-heading')?.focus(), 0);
  };

  const onSubmit = form.submitParsed(async (input) => {
    await add.mutateAsync(input.text);
    form.setValues({ text: '' });
  });

  return (
    <section aria-labelledby="notes-heading" className="section">
      <Heading level={2} data-size="sm" id="notes-heading" tabIndex={-1}>
        {t('mentorship:notes.heading')}
      </Heading>
      <Alert data-color="warning" className="ms-notice" data-testid="private-notes-notice">
        <Paragraph>
          <strong>{t('mentorship:notes.onlyYou')}</strong> {t('mentorship:notes.onlyYouDetail', { name: otherName })}
        </Paragraph>
      </Alert>
      {readOnly ? null : (
        <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
          <FormErrorSummary summary={form.summary} />
          <Textfield
            label={t('mentorship:notes.newNote')}
            description={t('mentorship:notes.newNoteHelp')}
            multiline
            rows={4}
            {...form.bind('text')}
          />
          <ErrorAlert error={add.error} />
          <div>
            <Button type="submit" variant="secondary" loading={add.isPending}>
              {t('mentorship:notes.save')}
            </Button>
          </div>
        </form>
      )}
      <ErrorAlert error={notes.error} />
      {notes.isPending ? <Loading /> : null}
      {notes.data && list.length === 0 ? <Paragraph>{t('mentorship:notes.empty')}</Paragraph> : null}
      {list.length ? (
        <ul className="ms-notes" aria-labelledby="notes-heading">
          {list.map((note, i) => {
            const n = list.length - i;
            const onDelete = () => {
              remove.reset();
              setDeleting({ note, n });
            };
            return <NoteItem key={note.id} pairId={pairId} note={note} n={n} readOnly={readOnly} onDelete={onDelete} />;
          })}
        </ul>
      ) : null}
      <AppDialog open={deleting !== null} onClose={close} title={t('mentorship:notes.deleteHeading')}>
        {deleting ? (
          <>
            <Paragraph>{t('mentorship:notes.deleteConfirm', { n: deleting.n })}</Paragraph>
            <ErrorAlert error={remove.error} />
            <div className="form__actions">
              <Button
                data-color="danger"
                loading={remove.isPending}
                onClick={() => remove.mutate(deleting.note.id, { onSuccess: deleted })}
              >
                {t('mentorship:notes.deleteConfirmButton')}
              </Button>
              <Button variant="tertiary" onClick={close}>
                {t('common:common.cancel')}
              </Button>
            </div>
          </>
        ) : null}
      </AppDialog>
    </section>
  );
}
