import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { PROGRAM_ROLES, type Program } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../i18n';
import { useRuleSummary } from './ruleSummary';
import { useProgramTextLang } from './textLang';

function Text({ heading, text, lang }: { heading: string; text: string | null; lang: string | undefined }) {
  if (!text) return null;
  return (
    <div className="program-text">
      <Heading level={3} data-size="xs">
        {heading}
      </Heading>
      <Paragraph className="pre-line" lang={lang}>
        {text}
      </Paragraph>
    </div>
  );
}

/** Everything an applicant needs to know: purpose, goals, dates, costs, time, meetings, expectations and contact. */
export function ProgramDetails({ program }: { program: Program }) {
  const { t } = useTranslation();
  const summary = useRuleSummary();
  // The program's own texts carry their language when it is not the UI's (WCAG 3.1.2).
  const lang = useProgramTextLang(program);
  const dash = t('common:common.none');
  const fee = (amount: number) => (amount === 0 ? t('programs:program.free') : formatMoney(amount, program.currency));
  const range = (from: string | null, to: string | null) => (from || to ? `${formatDate(from) || dash} – ${formatDate(to) || dash}` : dash);
  const contact = program.contactName || program.contactEmail;

  return (
    <section aria-labelledby="about-heading" className="section">
      <Heading level={2} data-size="sm" id="about-heading">
        {t('programs:program.aboutHeading')}
      </Heading>
      <dl className="facts">
        <dt>{t('programs:program.type')}</dt>
        <dd>{t(`programs:programType.${program.type}`)}</dd>
        <dt>{t('programs:program.owner')}</dt>
        <dd>{program.ownerOrganisationName}</dd>
        <dt>{t('programs:program.organisations')}</dt>
        <dd>
          {program.organisations
            .map((o) => (o.participation === 'accepted' ? o.name : `${o.name} (${t(`programs:participation.status.${o.participation}`)})`))
            .join(', ') || dash}
        </dd>
        <dt>{t('programs:program.applicationPeriod')}</dt>
        <dd>{range(program.applicationOpensOn, program.applicationClosesOn)}</dd>
        <dt>{t('programs:program.programPeriod')}</dt>
        <dd>{range(program.startsOn, program.endsOn)}</dd>
        <dt>{t('programs:program.costs')}</dt>
        <dd>
          <ul className="plain-list">
            <li>{t('programs:program.feePerAdept', { fee: fee(program.feePerAdept) })}</li>
            <li>{t('programs:program.feePerMentor', { fee: fee(program.feePerMentor) })}</li>
          </ul>
        </dd>
        <dt>{t('programs:program.expectedTime')}</dt>
        <dd>{program.expectedHours != null ? t('programs:program.hours', { count: program.expectedHours }) : dash}</dd>
        <dt>{t('programs:program.mode')}</dt>
        <dd>{t(`programs:meetingMode.${program.mode}`)}</dd>
        <dt>{t('programs:program.meetingGuidance')}</dt>
        <dd className="pre-line" lang={program.meetingGuidance ? lang : undefined}>
          {program.meetingGuidance || dash}
        </dd>
        <dt>{t('programs:program.capacity')}</dt>
        <dd>{program.capacity != null ? t('programs:program.pairs', { count: program.capacity }) : dash}</dd>
        <dt>{t('programs:program.languages')}</dt>
        <dd>
          {program.languages.map((l) => (l === 'sv' || l === 'nb' || l === 'en' ? t(`common:languages.${l}`) : l)).join(', ') || dash}
        </dd>
        <dt>{t('programs:program.managerConfirmation')}</dt>
        <dd>
          {program.requiresManagerConfirmation ? t('programs:program.managerConfirmationYes') : t('programs:program.managerConfirmationNo')}
        </dd>
        <dt>{t('programs:program.contact')}</dt>
        <dd>
          {contact ? (
            <>
              {program.contactName}
              {program.contactName && program.contactEmail ? ', ' : null}
              {program.contactEmail ? <Link href={`mailto:${program.contactEmail}`}>{program.contactEmail}</Link> : null}
            </>
          ) : (
            dash
          )}
        </dd>
      </dl>
      <Text heading={t('programs:program.purpose')} text={program.purpose} lang={lang} />
      <Text heading={t('programs:program.goals')} text={program.goals} lang={lang} />
      <Text heading={t('programs:program.expectationsAdept')} text={program.expectationsAdept} lang={lang} />
      <Text heading={t('programs:program.expectationsMentor')} text={program.expectationsMentor} lang={lang} />
      <div className="program-text">
        <Heading level={3} data-size="xs">
          {t('programs:program.rulesHeading')}
        </Heading>
        <dl className="facts">
          {PROGRAM_ROLES.map((role) => (
            <div key={role} className="facts__row">
              <dt>{t(`programs:program.rulesFor.${role}`)}</dt>
              <dd>{program.rules[role].length ? program.rules[role].map(summary).join(' · ') : t('programs:program.noRules')}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
