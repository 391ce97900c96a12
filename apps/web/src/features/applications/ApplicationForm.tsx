import { useMemo, useRef, useState } from 'react';
import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { applicationFormSchema } from '@lots/core';
import { type Application, type Me, type Program, type ProgramRole, type Question } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { ApiError } from '../../api/errors';
import { useForm } from '../../lib/form';
import { applicationWindow } from '../programs';
import { useSaveApplication, useSubmitApplication, useWithdrawApplication } from './api';
import { applicationContract, formNeeds, initialProfile, type Answers, type AnswerValue, type ProfileValues } from './applicationValues';
import { CustomQuestions } from './CustomQuestions';
import { ProfileFields } from './ProfileFields';
import { SensitiveQuestion } from './SensitiveQuestion';
import { FormErrorSummary } from '../../components/FormErrorSummary';

type ApplicationFormProps = { program: Program; role: ProgramRole; questions: Question[]; application?: Application; me: Me };

const PROFILE_FIELDS = Object.keys(
  initialProfile(undefined, { user: { id: '', name: '', email: '', locale: 'sv', platformAdmin: false }, person: null }),
);

/** Save a draft, submit, or withdraw. API validation errors (profile.x, answers.<id>, managerEmail) are shown at the field. */
export function ApplicationForm({ program, role, questions, application, me }: ApplicationFormProps) {
  const { t } = useTranslation();
  const save = useSaveApplication(program.id, role);
  const submitApplication = useSubmitApplication(program.id, role);
  const withdraw = useWithdrawApplication(program.id, role);
  const needs = formNeeds(program, role);
  const [answers, setAnswers] = useState<Answers>(() => ({ ...(application?.answers ?? {}) }));
  const [consent, setConsent] = useState(Boolean(application?.sensitive));
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const intent = useRef<'save' | 'submit'>('save');
  // The answers, the consent and the button pressed join the text fields in the body the contract checks.
  const current = useRef({ answers, consent });
  current.current = { answers, consent };
  const submitted = application?.status === 'submitted';
  const contract = useMemo(
    () =>
      applicationContract(questions, needs, () => ({
        ...current.current,
        mode: intent.current === 'submit' || submitted ? 'submit' : 'draft',
      })),
    // `needs` is derived from the program and the role.
    [questions, program, role, submitted],
  );
  const form = useForm<ProfileValues, ReturnType<typeof applicationFormSchema>>(initialProfile(application, me), contract);

  const editable = application ? application.editable : applicationWindow(program) === 'open';
  const canWithdraw = application && application.status !== 'withdrawn' && application.status !== 'rejected';

  const setAnswer = (id: string, value: AnswerValue) => {
    setAnswers((a) => ({ ...a, [id]: value }));
    form.setErrors((e) => ({ ...e, [`answers.${id}`]: undefined }));
  };

  const onSubmit = form.submitParsed(async (input) => {
    setNotice(null);
    if (intent.current === 'submit' || submitted) {
      await submitApplication.mutateAsync(input);
      setNotice(submitted ? t('applications:apply.savedSubmitted') : t('applications:apply.submitted'));
    } else {
      await save.mutateAsync(input);
      setNotice(t('applications:apply.draftSaved'));
    }
  });

  const questionFields = questions.map((q) => `answers.${q.id}`);
  const serverError = form.serverError;
  const formError = form.formError([...PROFILE_FIELDS, ...questionFields, 'consent', 'sensitive', 'answers']);
  const pending = save.isPending || submitApplication.isPending;

  return (
    <>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form form--wide">
        <FormErrorSummary summary={form.summary} />
        <fieldset disabled={!editable} className="plain-fieldset">
          <section aria-labelledby="profile-heading" className="form__section">
            <Heading level={2} data-size="sm" id="profile-heading">
              {t('applications:apply.profileHeading')}
            </Heading>
            <Paragraph data-size="sm">{t(`applications:apply.profileIntro.${role}`)}</Paragraph>
            <ProfileFields form={form} role={role} needs={needs} />
          </section>
          {questions.length > 0 ? (
            <section aria-labelledby="custom-heading" className="form__section">
              <Heading level={2} data-size="sm" id="custom-heading">
                {t('applications:apply.customHeading')}
              </Heading>
              <CustomQuestions questions={questions} answers={answers} onChange={setAnswer} errorText={form.errorText} />
            </section>
          ) : null}
          {needs.sensitive ? <SensitiveQuestion form={form} consent={consent} onConsent={setConsent} /> : null}
          {needs.manager ? (
            <Fieldset>
              <Fieldset.Legend>{t('applications:apply.managerLegend')}</Fieldset.Legend>
              <Fieldset.Description>{t('applications:apply.managerHelp')}</Fieldset.Description>
              <div className="form__grid">
                <Textfield label={t('applications:apply.managerName')} autoComplete="off" {...form.bind('managerName')} />
                <Textfield label={t('applications:apply.managerEmail')} type="email" autoComplete="off" {...form.bind('managerEmail')} />
              </div>
            </Fieldset>
          ) : null}
        </fieldset>
        <div aria-live="polite">{notice && !serverError ? <Notice>{notice}</Notice> : null}</div>
        <ErrorAlert error={formError} messages={{ conflict: t('applications:apply.conflict') }} />
        {serverError instanceof ApiError && serverError.code === 'validation' && !formError ? <ErrorAlert error={serverError} /> : null}
        <div className="form__actions">
          {editable ? (
            submitted ? (
              <Button type="submit" loading={pending} onClick={() => (intent.current = 'submit')}>
                {t('applications:apply.saveChanges')}
              </Button>
            ) : (
              <>
                <Button type="submit" variant="secondary" loading={save.isPending} onClick={() => (intent.current = 'save')}>
                  {t('applications:apply.saveDraft')}
                </Button>
                <Button type="submit" loading={submitApplication.isPending} onClick={() => (intent.current = 'submit')}>
                  {t('applications:apply.submit')}
                </Button>
              </>
            )
          ) : null}
          {canWithdraw ? (
            <Button variant="tertiary" data-color="danger" onClick={() => setConfirmWithdraw(true)}>
              {t('applications:apply.withdraw')}
            </Button>
          ) : null}
        </div>
      </form>
      <AppDialog open={confirmWithdraw} onClose={() => setConfirmWithdraw(false)} title={t('applications:apply.withdrawHeading')}>
        <Paragraph>{t('applications:apply.withdrawConfirm')}</Paragraph>
        <ErrorAlert error={withdraw.error} />
        <div className="form__actions">
          <Button
            data-color="danger"
            loading={withdraw.isPending}
            onClick={() =>
              withdraw.mutate(undefined, {
                onSuccess: () => {
                  setConfirmWithdraw(false);
                  setNotice(t('applications:apply.withdrawn'));
                },
              })
            }
          >
            {t('applications:apply.withdrawSubmit')}
          </Button>
          <Button variant="tertiary" onClick={() => setConfirmWithdraw(false)}>
            {t('common:common.cancel')}
          </Button>
        </div>
      </AppDialog>
    </>
  );
}
