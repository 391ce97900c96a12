import { useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { LOCALES, RESOURCE_AUDIENCES, resourceInputSchema, type MaterialFileInput, type Program, type Resource } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ConfirmRemoval } from '../../components/ConfirmRemoval';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { MaterialFileField } from '../../components/MaterialFileField';
import { Pager } from '../../components/Pager';
import { SelectField } from '../../components/SelectField';
import { formatFileSize, materialFileInput, materialFileProblem } from '../../lib/files';
import { useForm } from '../../lib/form';
import { currentLocale } from '../../i18n';
import { resourceFileUrl, useAddResource, useDeleteResource, useResources } from './api';

const PAGE = 20;

/** Add a link or a file for a role and a language (a guide, a question bank, training material). */
function ResourceForm({ programId, kind, onDone }: { programId: string; kind: 'link' | 'file'; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddResource(programId);
  const chosen = useRef<MaterialFileInput | null>(null);
  const form = useForm(
    { title: '', url: '', file: '', description: '', audience: 'everyone', locale: '' },
    {
      schema: resourceInputSchema,
      toInput: (v) => ({
        title: v.title,
        audience: v.audience,
        description: v.description.trim() || null,
        locale: v.locale || null,
        ...(kind === 'link' ? { url: v.url } : { file: chosen.current }),
      }),
    },
  );
  const onFile = async (file: File | null) => {
    chosen.current = null;
    form.set('file', file?.name ?? '');
    const problem = materialFileProblem(file);
    if (problem) form.setErrors({ file: problem });
    else if (file) chosen.current = await materialFileInput(file);
  };
  const submitParsed = form.submitParsed(async (input) => {
    await add.mutateAsync(input);
    onDone();
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // A file that is missing, of a type not taken or too large is named before anything is sent.
    if (kind === 'file' && (!chosen.current || form.errors.file)) {
      event.preventDefault();
      if (!form.errors.file) form.setErrors({ file: materialFileProblem(null)! });
      form.showErrors();
      return;
    }
    submitParsed(event);
  };
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Textfield label={t('resources:title')} required {...form.bind('title')} />
      {kind === 'link' ? (
        <Textfield label={t('resources:url')} description={t('resources:urlHelp')} type="url" required {...form.bind('url')} />
      ) : (
        <MaterialFileField name="file" label={t('resources:file')} error={form.errorText('file')} onChange={(f) => void onFile(f)} />
      )}
      <Textfield label={t('resources:description')} multiline rows={2} {...form.bind('description')} />
      <SelectField
        label={t('resources:audienceLabel')}
        options={RESOURCE_AUDIENCES.map((a) => ({ value: a, label: t(`resources:audience.${a}`) }))}
        {...form.bind('audience')}
      />
      <SelectField
        label={t('resources:localeLabel')}
        options={[{ value: '', label: t('resources:anyLocale') }, ...LOCALES.map((l) => ({ value: l, label: t(`resources:locale.${l}`) }))]}
        {...form.bind('locale')}
      />
      <ErrorAlert error={form.formError(['title', 'url', 'file', 'description', 'audience', 'locale'])} />
      <div className="form__actions">
        <Button type="submit" loading={add.isPending}>
          {t('resources:save')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}

type Dialog = { mode: 'add'; kind: 'link' | 'file' } | { mode: 'delete'; resource: Resource } | null;

/**
 * The program's resources: links and files in sv, nb or en for everyone, the mentors, the adepts or
 * the coordinators — each person sees those meant for them; those who manage the program add and remove them.
 */
export function ResourcesSection({ program }: { program: Program }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const list = useResources(program.id, offset, PAGE);
  const remove = useDeleteResource(program.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const manage = list.data?.can.manage ?? false;
  if (list.data && list.data.total === 0 && !manage) return null;
  return (
    <section aria-labelledby="resources-heading" className="section">
      <Heading level={2} data-size="sm" id="resources-heading">
        {t('resources:heading')}
      </Heading>
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 ? <Paragraph>{t('resources:empty')}</Paragraph> : null}
      {list.data && list.data.items.length ? (
        <ul className="plain-list" aria-label={t('resources:caption')}>
          {list.data.items.map((resource) => (
            <li key={resource.id} className="resource">
              {resource.file ? (
                <>
                  <Link href={resourceFileUrl(program.id, resource.id)} download={resource.file.name}>
                    {resource.title}
                  </Link>{' '}
                  <span>
                    ({resource.file.name}, {formatFileSize(resource.file.size, currentLocale())})
                  </span>
                </>
              ) : resource.url ? (
                <Link href={resource.url} rel="noreferrer">
                  {resource.title}
                </Link>
              ) : null}{' '}
              {resource.locale ? (
                <Tag data-size="sm" lang={resource.locale}>
                  {t(`resources:locale.${resource.locale}`)}
                </Tag>
              ) : null}{' '}
              {manage ? (
                <Tag data-size="sm" data-color="info">
                  {t(`resources:audience.${resource.audience}`)}
                </Tag>
              ) : null}
              {resource.description ? <Paragraph data-size="sm">{resource.description}</Paragraph> : null}
              {manage ? (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('resources:deleteLabel', { title: resource.title })}
                  onClick={() => setDialog({ mode: 'delete', resource })}
                >
                  {t('resources:delete')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {list.data ? <Pager total={list.data.total} limit={PAGE} offset={offset} onChange={setOffset} /> : null}
      {manage ? (
        <div className="row-actions">
          <Button variant="secondary" onClick={() => setDialog({ mode: 'add', kind: 'link' })}>
            {t('resources:add')}
          </Button>
          <Button variant="secondary" onClick={() => setDialog({ mode: 'add', kind: 'file' })}>
            {t('resources:addFile')}
          </Button>
        </div>
      ) : null}
      <AppDialog
        open={dialog !== null}
        onClose={close}
        title={
          dialog?.mode === 'delete'
            ? t('resources:deleteHeading')
            : dialog?.kind === 'file'
              ? t('resources:addFileHeading')
              : t('resources:addHeading')
        }
      >
        {dialog?.mode === 'delete' ? (
          <ConfirmRemoval
            message={t('resources:deleteConfirm', { title: dialog.resource.title })}
            removal={remove}
            variables={dialog.resource.id}
            onDone={close}
            confirmLabel={t('resources:delete')}
          />
        ) : dialog ? (
          <ResourceForm programId={program.id} kind={dialog.kind} onDone={close} />
        ) : null}
      </AppDialog>
    </section>
  );
}
