import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Application, Question } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n';

const list = (items: string[], dash: string) => (items.length ? items.join(', ') : dash);

/** Every standard profile answer, the program's own questions, and the sensitive answer (coordinators only). */
export function ApplicationAnswers({ application, questions }: { application: Application; questions: Question[] }) {
  const { t } = useTranslation();
  const dash = t('common:common.none');
  const p = application.profile;
  const yesNo = (b: boolean | null | undefined) => (b == null ? dash : b ? t('common:common.yes') : t('common:common.no'));
  const answer = (q: Question) => {
    const a = application.answers[q.id];
    if (a == null || a === '') return dash;
    return Array.isArray(a) ? list(a, dash) : String(a);
  };
  return (
    <>
      <section aria-labelledby="profile-heading" className="section">
        <Heading level={2} data-size="sm" id="profile-heading">
          {t('applications:applicationReview.profileHeading')}
        </Heading>
        <dl className="facts">
          <dt>{t('applications:apply.title')}</dt>
          <dd>{p.title ?? dash}</dd>
          <dt>{t('applications:apply.unitName')}</dt>
          <dd>{p.unitName ?? dash}</dd>
          <dt>{t('applications:apply.yearsAsManager')}</dt>
          <dd>{p.yearsAsManager ?? dash}</dd>
          <dt>{t('applications:apply.staffResponsibility')}</dt>
          <dd>{yesNo(p.staffResponsibility)}</dd>
          {p.birthYear != null ? (
            <>
              <dt>{t('applications:apply.birthYear')}</dt>
              <dd>{p.birthYear}</dd>
            </>
          ) : null}
          <dt>{t(`applications:apply.developmentGoals.${application.role}`)}</dt>
          <dd className="pre-line">{p.developmentGoals ?? dash}</dd>
          {application.role === 'adept' ? (
            <>
              <dt>{t('applications:apply.wishes')}</dt>
              <dd className="pre-line">{p.wishes ?? dash}</dd>
            </>
          ) : null}
          <dt>{t('applications:apply.competenceAreas')}</dt>
          <dd>{list(p.competenceAreas, dash)}</dd>
          <dt>{t('applications:apply.interests')}</dt>
          <dd>{list(p.interests, dash)}</dd>
          <dt>{t('applications:apply.languages')}</dt>
          <dd>{list(p.languages, dash)}</dd>
          <dt>{t('applications:apply.location')}</dt>
          <dd>{p.location ?? dash}</dd>
          <dt>{t('applications:apply.meetingPreference')}</dt>
          <dd>{p.meetingPreference ? t(`applications:meetingPreference.${p.meetingPreference}`) : dash}</dd>
          <dt>{t('applications:apply.availability')}</dt>
          <dd>{p.availability ?? dash}</dd>
          {application.role === 'mentor' ? (
            <>
              <dt>{t('applications:apply.mentorCapacity')}</dt>
              <dd>{p.mentorCapacity ?? dash}</dd>
            </>
          ) : null}
          <dt>{t('applications:apply.tooClose')}</dt>
          <dd>{list(p.tooClose, dash)}</dd>
        </dl>
      </section>
      {questions.length > 0 ? (
        <section aria-labelledby="answers-heading" className="section">
          <Heading level={2} data-size="sm" id="answers-heading">
            {t('applications:applicationReview.answersHeading')}
          </Heading>
          <dl className="facts">
            {questions.map((q) => (
              <div key={q.id} className="facts__row">
                <dt>{q.label}</dt>
                <dd className="pre-line">{answer(q)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {application.sensitive ? (
        <section aria-labelledby="sensitive-heading" className="section panel panel--warning">
          <Heading level={2} data-size="sm" id="sensitive-heading">
            {t('applications:applicationReview.sensitiveHeading')}
          </Heading>
          <Paragraph data-size="sm">{t('applications:applicationReview.sensitiveNote')}</Paragraph>
          <Paragraph>
            {t('applications:applicationReview.sensitiveAnswer', {
              answer: application.sensitive.underRepresented ? t('common:common.yes') : t('common:common.no'),
              date: formatDateTime(application.sensitive.consentAt),
            })}
          </Paragraph>
        </section>
      ) : null}
    </>
  );
}
