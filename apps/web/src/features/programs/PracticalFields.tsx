import { Checkbox, Fieldset, Heading, Radio, Textfield } from '@digdir/designsystemet-react';
import { CURRENCIES, LOCALES, MEETING_MODES } from '@lots/core';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import { SelectField } from '../../components/SelectField';
import type { ProgramFormForm } from './ProgramForm';
import type { ProgramFormExtras } from './programValues';

type PracticalFieldsProps = { form: ProgramFormForm; extras: ProgramFormExtras; setExtras: Dispatch<SetStateAction<ProgramFormExtras>> };

/** Dates, meetings, costs, size, languages and contact. */
export function PracticalFields({ form, extras, setExtras }: PracticalFieldsProps) {
  const { t } = useTranslation();
  const { bind, errorText } = form;
  const languagesError = errorText('languages');
  const toggleLanguage = (locale: string, on: boolean) =>
    setExtras((x) => ({ ...x, languages: on ? [...x.languages, locale] : x.languages.filter((l) => l !== locale) }));

  return (
    <section aria-labelledby="practical-heading" className="form__section">
      <Heading level={2} data-size="sm" id="practical-heading">
        {t('programs:programForm.practicalHeading')}
      </Heading>
      <Fieldset>
        <Fieldset.Legend>{t('programs:programForm.dates')}</Fieldset.Legend>
        <div className="form__grid">
          <Textfield label={t('programs:programForm.applicationOpensOn')} type="date" {...bind('applicationOpensOn')} />
          <Textfield label={t('programs:programForm.applicationClosesOn')} type="date" {...bind('applicationClosesOn')} />
          <Textfield label={t('programs:programForm.startsOn')} type="date" {...bind('startsOn')} />
          <Textfield label={t('programs:programForm.endsOn')} type="date" {...bind('endsOn')} />
        </div>
      </Fieldset>
      <Textfield
        label={t('programs:programForm.meetingGuidance')}
        description={t('programs:programForm.meetingGuidanceHelp')}
        multiline
        rows={2}
        {...bind('meetingGuidance')}
      />
      <Textfield label={t('programs:programForm.expectedHours')} inputMode="numeric" {...bind('expectedHours')} />
      <Fieldset>
        <Fieldset.Legend>{t('programs:programForm.mode')}</Fieldset.Legend>
        {MEETING_MODES.map((mode) => (
          <Radio
            key={mode}
            name="mode"
            value={mode}
            label={t(`programs:meetingMode.${mode}`)}
            checked={form.values.mode === mode}
            onChange={() => form.set('mode', mode)}
          />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('programs:programForm.costs')}</Fieldset.Legend>
        <Fieldset.Description>{t('programs:programForm.costsHelp')}</Fieldset.Description>
        <div className="form__grid">
          <Textfield label={t('programs:programForm.feePerAdept')} inputMode="numeric" {...bind('feePerAdept')} />
          <Textfield label={t('programs:programForm.feePerMentor')} inputMode="numeric" {...bind('feePerMentor')} />
          <SelectField
            label={t('programs:programForm.currency')}
            options={CURRENCIES.map((c) => ({ value: c, label: c }))}
            {...bind('currency')}
          />
        </div>
      </Fieldset>
      <Textfield
        label={t('programs:programForm.capacity')}
        description={t('programs:programForm.capacityHelp')}
        inputMode="numeric"
        {...bind('capacity')}
      />
      <ChoiceFieldset legend={t('programs:programForm.languages')} error={languagesError}>
        {LOCALES.map((locale) => (
          <Checkbox
            key={locale}
            label={t(`common:languages.${locale}`)}
            value={locale}
            checked={extras.languages.includes(locale)}
            aria-invalid={languagesError ? true : undefined}
            onChange={(e) => toggleLanguage(locale, e.target.checked)}
          />
        ))}
      </ChoiceFieldset>
      <div className="form__grid">
        <Textfield label={t('programs:programForm.contactName')} {...bind('contactName')} />
        <Textfield label={t('programs:programForm.contactEmail')} type="email" {...bind('contactEmail')} />
      </div>
    </section>
  );
}
