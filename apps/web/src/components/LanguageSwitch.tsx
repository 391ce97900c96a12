import type { ChangeEvent } from 'react';
import { Field, Label, Select } from '@digdir/designsystemet-react';
import { LOCALES } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { currentLocale, isLocale, setLocale } from '../i18n';
import { useMe, useUpdateMe } from '../features/me';

/** The header's language select. Signed in, the choice is saved on the user (PATCH /api/me). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const updateMe = useUpdateMe();

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const locale = event.target.value;
    if (!isLocale(locale)) return;
    void setLocale(locale);
    if (me && me.user.locale !== locale) updateMe.mutate({ locale });
  };

  return (
    <Field className="language-switch" data-size="sm">
      <Label>{t('common:shell.language')}</Label>
      <Select value={isLocale(i18n.language) ? i18n.language : currentLocale()} onChange={onChange} width="auto">
        {LOCALES.map((locale) => (
          <Select.Option key={locale} value={locale} lang={locale}>
            {t(`common:languages.${locale}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
