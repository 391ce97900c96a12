import { useEffect } from 'react';
import { Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { LOCALES, mePatchSchema, type Locale, type Me } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { useRoleLabel } from '../../components/labels';
import { setLocale } from '../../i18n';
import { useForm } from '../../lib/form';
import { useUpdateMe } from './api';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { CalendarFeedSection } from '../events';
import { MyApplications } from './MyApplications';

/**
 * /profile: name, title and language; organisation, unit, manager and roles are shown, not edited
 * here; then the person's own applications with their answers (issue 10 item 7).
 */
export function ProfilePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const updateMe = useUpdateMe();
  const roleLabel = useRoleLabel();
  const form = useForm(
    { name: me.user.name, title: me.person?.title ?? '', locale: me.user.locale as string },
    {
      schema: mePatchSchema,
      // Someone without a person record has no title to change.
      toInput: (v) => ({ name: v.name, locale: v.locale, ...(me.person ? { title: v.title.trim() || null } : {}) }),
    },
  );
  const { set } = form;
  const savedLocale = me.user.locale;
  // The header's language switch saves too: follow it.
  useEffect(() => set('locale', savedLocale), [savedLocale, set]);
  const languages = LOCALES.map((l) => ({ value: l, label: t(`common:languages.${l}`) }));

  const onSubmit = form.submitParsed(async (input, v) => {
    await updateMe.mutateAsync(input);
    await setLocale(v.locale as Locale);
  });

  const person = me.person;
  const roles = [...(me.user.platformAdmin ? ['platformAdmin'] : []), ...(person?.roles ?? [])];

  return (
    <Page title={t('me:profile.heading')}>
      <div className="columns">
        <section aria-labelledby="details-heading" className="section">
          <Heading level={2} data-size="sm" id="details-heading">
            {t('me:profile.detailsHeading')}
          </Heading>
          <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
            <FormErrorSummary summary={form.summary} />
            <Textfield label={t('me:profile.name')} autoComplete="name" required {...form.bind('name')} />
            {person ? <Textfield label={t('me:profile.jobTitle')} autoComplete="organization-title" {...form.bind('title')} /> : null}
            <SelectField label={t('me:profile.language')} options={languages} {...form.bind('locale')} />
            <div aria-live="polite">{updateMe.isSuccess && !form.serverError ? <Notice>{t('common:common.saved')}</Notice> : null}</div>
            <ErrorAlert error={form.formError(['name', 'title', 'locale'])} />
            <div className="form__actions">
              <Button type="submit" loading={updateMe.isPending}>
                {t('common:common.save')}
              </Button>
            </div>
          </form>
        </section>
        <section aria-labelledby="org-heading" className="section">
          <Heading level={2} data-size="sm" id="org-heading">
            {t('me:profile.organisationHeading')}
          </Heading>
          <dl className="facts facts--stack">
            <dt>{t('me:profile.email')}</dt>
            <dd>{me.user.email}</dd>
            {person ? (
              <>
                <dt>{t('me:profile.organisation')}</dt>
                <dd>{person.organisationName}</dd>
                <dt>{t('me:profile.unit')}</dt>
                <dd>{person.unitName ?? t('common:common.none')}</dd>
                <dt>{t('me:profile.manager')}</dt>
                <dd>{person.managerName ?? person.managerEmail ?? t('common:common.none')}</dd>
              </>
            ) : null}
            <dt>{t('me:profile.roles')}</dt>
            <dd>
              {roles.length ? (
                <ul className="tags">
                  {roles.map((r) => (
                    <li key={r}>
                      <Tag data-color="info">{roleLabel(r)}</Tag>
                    </li>
                  ))}
                </ul>
              ) : (
                t('common:common.none')
              )}
            </dd>
          </dl>
          {person ? null : <Paragraph>{t('me:profile.noPerson')}</Paragraph>}
        </section>
      </div>
      {person ? <MyApplications /> : null}
      {person ? <CalendarFeedSection /> : null}
    </Page>
  );
}
