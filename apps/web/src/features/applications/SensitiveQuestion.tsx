import { Checkbox, Fieldset, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ProfileForm } from './ProfileFields';

type SensitiveQuestionProps = { form: ProfileForm; consent: boolean; onConsent: (consent: boolean) => void };

/**
 * The optional question about belonging to an under-represented group: special-category data,
 * kept only with explicit consent and shown only to the program's coordinators.
 */
export function SensitiveQuestion({ form, consent, onConsent }: SensitiveQuestionProps) {
  const { t } = useTranslation();
  const value = form.values.underRepresented;
  const consentError = form.errorText('consent');
  const choose = (next: '' | 'yes' | 'no') => {
    form.set('underRepresented', next);
    if (!next) onConsent(false);
  };
  return (
    <Fieldset className="sensitive">
      <Fieldset.Legend>{t('applications:apply.sensitive.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('applications:apply.sensitive.explanation')}</Fieldset.Description>
      <Radio
        name="underRepresented"
        value=""
        label={t('applications:apply.sensitive.noAnswer')}
        checked={value === ''}
        onChange={() => choose('')}
      />
      <Radio
        name="underRepresented"
        value="yes"
        label={t('applications:apply.sensitive.yes')}
        checked={value === 'yes'}
        onChange={() => choose('yes')}
      />
      <Radio
        name="underRepresented"
        value="no"
        label={t('applications:apply.sensitive.no')}
        checked={value === 'no'}
        onChange={() => choose('no')}
      />
      {value ? (
        <div className="sensitive__consent">
          <Paragraph data-size="sm">{t('applications:apply.sensitive.consentText')}</Paragraph>
          <Checkbox
            label={t('applications:apply.sensitive.consent')}
            checked={consent}
            error={consentError}
            onChange={(e) => {
              onConsent(e.target.checked);
              form.setErrors((x) => ({ ...x, consent: undefined }));
            }}
          />
        </div>
      ) : null}
    </Fieldset>
  );
}
