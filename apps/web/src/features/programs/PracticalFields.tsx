import { Checkbox, Fieldset, Heading, Radio, Textfield } from '@digdir/designsystemet-react';
import { CURRENCIES, LOCALES, MEETING_MODES } from '@lots/core';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceFieldset } from '../../components/ChoiceFieldset';
import { SelectField } from '../../components/SelectField';
import type { ProgramFormForm } from './ProgramForm';
import type { ProgramFormExtras } from './programValues';

/** A field's label with whether it is required, needed before opening, or optional (guided flow and edit form alike). */
export type LabelOf = (field: string) => string;
type FieldsProps = { form: ProgramFormForm; label: LabelOf };
type ExtrasProps = FieldsProps & { extras: ProgramFormExtras; setExtras: Dispatch<SetStateAction<ProgramFormExtras>> };

/** When applications open and close, and when the program runs. */
export function DateFields({ form, label }: FieldsProps) {
  const { t } = useTranslation();
  const { bind } = form;
  return (
    <Fieldset>
      <Fieldset.Legend>{t('programs:programForm.dates')}</Fieldset.Legend>
      <div className="form__grid">
        <Textfield label={label('applicationOpensOn')} type="date" {...bind('applicationOpensOn')} />
        <Textfield label={label('applicationClosesOn')} type="date" {...bind('applicationClosesOn')} />
        <Textfield label={label('startsOn')} type="date" {...bind('startsOn')} />
        <Textfield label={label('endsOn')} type="date" {...bind('endsOn')} />
      </div>
    </Fieldset>
  );
}

/** How the pairs meet, how much time it takes and how many pairs the program takes. */
export function MeetingFields({ form, label }: FieldsProps) {
  const { t } = useTranslation();
  const { bind } = form;
  return (
    <>
      <Textfield
        label={label('meetingGuidance')}
        description={t('programs:programForm.meetingGuidanceHelp')}
        multiline
        rows={2}
        {...bind('meetingGuidance')}
      />
      <Textfield label={label('expectedHours')} inputMode="numeric" {...bind('expectedHours')} />
      <Fieldset>
        <Fieldset.Legend>{label('mode')}</Fieldset.Legend>
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
      <Textfield label={label('capacity')} description={t('programs:programForm.capacityHelp')} inputMode="numeric" {...bind('capacity')} />
    </>
  );
}

/** The fee per adept and per mentor, and its currency. */
export function CostFields({ form, label }: FieldsProps) {
  const { t } = useTranslation();
  const { bind } = form;
  return (
    <Fieldset>
      <Fieldset.Legend>{t('programs:programForm.costs')}</Fieldset.Legend>
      <Fieldset.Description>{t('programs:programForm.costsHelp')}</Fieldset.Description>
      <div className="form__grid">
        <Textfield label={label('feePerAdept')} inputMode="numeric" {...bind('feePerAdept')} />
        <Textfield label={label('feePerMentor')} inputMode="numeric" {...bind('feePerMentor')} />
        <SelectField
          label={t('programs:programForm.currency')}
          options={CURRENCIES.map((c) => ({ value: c, label: c }))}
          {...bind('currency')}
        />
      </div>
    </Fieldset>
  );
}

/** The languages the program is run in. */
export function LanguageFields({ form, label, extras, setExtras }: ExtrasProps) {
  const { t } = useTranslation();
  const languagesError = form.errorText('languages');
  const toggleLanguage = (locale: string, on: boolean) =>
    setExtras((x) => ({ ...x, languages: on ? [...x.languages, locale] : x.languages.filter((l) => l !== locale) }));
  return (
    <ChoiceFieldset legend={label('languages')} error={languagesError}>
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
  );
}

/** Who answers applicants' questions. */
export function ContactFields({ form, label }: FieldsProps) {
  const { bind } = form;
  return (
    <div className="form__grid">
      <Textfield label={label('contactName')} {...bind('contactName')} />
      <Textfield label={label('contactEmail')} type="email" {...bind('contactEmail')} />
    </div>
  );
}

/** Dates, meetings, costs, size, languages and contact: the edit form's practical section. */
export function PracticalFields(props: ExtrasProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="practical-heading" className="form__section">
      <Heading level={2} data-size="sm" id="practical-heading">
        {t('programs:programForm.practicalHeading')}
      </Heading>
      <DateFields {...props} />
      <MeetingFields {...props} />
      <CostFields {...props} />
      <LanguageFields {...props} />
      <ContactFields {...props} />
    </section>
  );
}
