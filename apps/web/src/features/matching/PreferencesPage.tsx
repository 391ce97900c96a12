import './matching.css';
import { useState } from 'react';
import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { preferencesInputSchema } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ApiError } from '../../api/errors';
import { useForm } from '../../lib/form';
import { useProgram } from '../programs';
import { useMyPreferences, useSavePreferences, type MyPreferences } from './api';
import { AdeptRanking, MAX_CHOICES } from './AdeptRanking';
import { LiveNotice } from './LiveNotice';
import { ProfileCard } from './ProfileCard';

/** /programs/$programId/preferences: accepted participants state mutual preferences. */
export function PreferencesPage({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const program = useProgram(programId);
  const prefs = useMyPreferences(programId);
  const name = program.data?.name;
  const title = t('matching:preferences.title');
  const documentTitle = name ? t('matching:preferences.documentTitle', { program: name }) : title;
  const forbidden = prefs.error instanceof ApiError && (prefs.error.code === 'forbidden' || prefs.error.code === 'not_found');

  return (
    <Page title={title} documentTitle={documentTitle} lead={name}>
      <div className="matching-stack">
        <Paragraph>
          <AppLink to="/programs/$programId" params={{ programId }}>
            {t('matching:preferences.back')}
          </AppLink>
        </Paragraph>
        {prefs.isPending ? <Loading /> : null}
        {forbidden ? (
          <Alert data-color="warning">
            <Paragraph>{t('matching:preferences.forbidden')}</Paragraph>
          </Alert>
        ) : (
          <ErrorAlert error={prefs.error} />
        )}
        {prefs.data && !prefs.data.enabled ? (
          <Alert data-color="info" data-testid="preferences-not-enabled">
            <Paragraph>{t('matching:preferences.notEnabled')}</Paragraph>
          </Alert>
        ) : null}
        {prefs.data?.enabled ? <PreferencesForm programId={programId} prefs={prefs.data} /> : null}
      </div>
    </Page>
  );
}

function PreferencesForm({ programId, prefs }: { programId: string; prefs: MyPreferences }) {
  const { t } = useTranslation();
  const save = useSavePreferences(programId);
  const [notice, setNotice] = useState('');
  // The choices as one field (ids joined by commas): the contract's list of application ids.
  const form = useForm(
    { applicationIds: prefs.chosen.join(',') },
    {
      schema: preferencesInputSchema,
      toInput: (v) => ({ applicationIds: v.applicationIds ? v.applicationIds.split(',').slice(0, MAX_CHOICES) : [] }),
    },
  );
  const chosen = form.values.applicationIds ? form.values.applicationIds.split(',') : [];
  const change = (next: string[]) => {
    form.set('applicationIds', next.join(','));
    setNotice('');
  };
  const onSubmit = form.submitParsed(async (input) => {
    await save.mutateAsync(input.applicationIds);
    setNotice(t('matching:preferences.saved'));
  });

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="matching-stack">
      <FormErrorSummary summary={form.summary} />
      <Paragraph>{t('matching:preferences.lead')}</Paragraph>
      <Paragraph>{prefs.role === 'adept' ? t('matching:preferences.adeptIntro') : t('matching:preferences.mentorIntro')}</Paragraph>
      {prefs.role === 'adept' ? (
        <AdeptRanking candidates={prefs.candidates} ranked={chosen} onChange={change} />
      ) : (
        <MentorMarks candidates={prefs.candidates} marked={chosen} onChange={change} />
      )}
      <ErrorAlert error={save.error} />
      <div className="form__actions">
        <Button type="submit" loading={save.isPending}>
          {t('matching:preferences.save')}
        </Button>
      </div>
      <LiveNotice message={notice} />
    </form>
  );
}

/** A mentor marks up to five adepts they would like to mentor. */
function MentorMarks({
  candidates,
  marked,
  onChange,
}: {
  candidates: MyPreferences['candidates'];
  marked: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const full = marked.length >= MAX_CHOICES;
  const toggle = (id: string, on: boolean) => onChange(on ? [...marked, id] : marked.filter((x) => x !== id));
  return (
    <section aria-labelledby="matching-candidates" className="matching-stack">
      <Heading level={2} data-size="sm" id="matching-candidates">
        {t('matching:preferences.candidatesAdepts')}
      </Heading>
      <Fieldset>
        <Fieldset.Legend>{t('matching:preferences.marksLegend')}</Fieldset.Legend>
        <Fieldset.Description>
          {t('matching:preferences.count', { count: marked.length })}
          {full ? ` ${t('matching:preferences.full')}` : ''}
        </Fieldset.Description>
        {candidates.length === 0 ? <Paragraph>{t('matching:preferences.noCandidates')}</Paragraph> : null}
        <ul className="matching-cards">
          {candidates.map((c) => {
            const on = marked.includes(c.applicationId);
            return (
              <li key={c.applicationId}>
                <ProfileCard candidate={c}>
                  <Checkbox
                    label={t('matching:preferences.mark', { name: c.name })}
                    checked={on}
                    disabled={!on && full}
                    onChange={(e) => toggle(c.applicationId, e.target.checked)}
                  />
                </ProfileCard>
              </li>
            );
          })}
        </ul>
      </Fieldset>
    </section>
  );
}
