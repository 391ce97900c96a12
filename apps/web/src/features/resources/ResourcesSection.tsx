import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { LOCALES, RESOURCE_AUDIENCES, resourceInputSchema, type Program, type Resource } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { Pager } from '../../components/Pager';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { useAddResource, useDeleteResource, useResources } from './api';

const PAGE = 20;

/** Add a link for a role and a language (a guide, a question bank, training material). */
function ResourceForm({ programId, onDone }: { programId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddResource(programId);
  const form = useForm(
    { title: '', url: '', description: '', audience: 'everyone', locale: '' },
    {
      schema: resourceInputSchema,
      toInput: (v) => ({ ...v, description: v.description.trim() || null, locale: v.locale || null }),
    },
  );
  const onSubmit = form.submitParsed(async (input) => {
    await add.mutateAsync(input);
    onDone();
  });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <Textfield label={t('resources:title')} required {...form.bind('title')} />
      <Textfield label={t('resources:url')} description={t('resources:urlHelp')} type="url" required {...form.bind('url')} />
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
      <ErrorAlert error={form.formError(['title', 'url', 'description', 'audience', 'locale'])} />
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

type Dialog = { mode: 'add' } | { mode: 'delete'; resource: Resource } | null;

/**
 * The program's resources: links in sv, nb or en for everyone, the mentors, the adepts or the
 * coordinators — each person sees those meant for them; those who manage the program add and remove them.
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
              <Link href={resource.url} rel="noreferrer">
                {resource.title}
              </Link>{' '}
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
        <div>
          <Button variant="secondary" onClick={() => setDialog({ mode: 'add' })}>
            {t('resources:add')}
          </Button>
        </div>
      ) : null}
      <AppDialog
        open={dialog !== null}
        onClose={close}
        title={dialog?.mode === 'delete' ? t('resources:deleteHeading') : t('resources:addHeading')}
      >
        {dialog?.mode === 'delete' ? (
          <>
            <Paragraph>{t('resources:deleteConfirm', { title: dialog.resource.title })}</Paragraph>
            <ErrorAlert error={remove.error} />
            <div className="form__actions">
              <Button
                data-color="danger"
                loading={remove.isPending}
                onClick={() => remove.mutate(dialog.resource.id, { onSuccess: close })}
              >
                {t('resources:delete')}
              </Button>
              <Button variant="tertiary" onClick={close}>
                {t('common:common.cancel')}
              </Button>
            </div>
          </>
        ) : dialog ? (
          <ResourceForm programId={program.id} onDone={close} />
        ) : null}
      </AppDialog>
    </section>
  );
}
