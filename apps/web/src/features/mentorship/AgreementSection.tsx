import { useRef, useState } from 'react';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { clauseIn, type Agreement, type Mentorship } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { currentLocale, formatDateTime } from '../../i18n';
import { agreementPdfUrl, useSignAgreement, type Clause } from './api';
import { AgreementForm } from './AgreementForm';
import { numberText, otherParty } from './format';

/** The program's clauses in the reader's language. */
export function ClauseList({ clauses }: { clauses: Clause[] }) {
  const locale = currentLocale();
  return (
    <ul className="ms-clauses">
      {clauses.map((c) => (
        <li key={c.key}>{clauseIn(c, locale)}</li>
      ))}
    </ul>
  );
}

function Terms({ a }: { a: Agreement }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const range =
    a.cadenceWeeksMin === a.cadenceWeeksMax
      ? numberText(a.cadenceWeeksMin, locale)
      : `${numberText(a.cadenceWeeksMin, locale)}–${numberText(a.cadenceWeeksMax, locale)}`;
  return (
    <dl className="facts">
      <dt>{t('mentorship:agreement.howOften')}</dt>
      <dd>{t('mentorship:agreement.cadence', { range })}</dd>
      <dt>{t('mentorship:agreement.howLong')}</dt>
      <dd>{t('mentorship:agreement.minutesEach', { minutes: a.meetingMinutes })}</dd>
      <dt>{t('mentorship:agreement.mode')}</dt>
      <dd>{t(`mentorship:mode.${a.mode}`)}</dd>
      <dt>{t('mentorship:agreement.place')}</dt>
      <dd>{a.place || t('common:common.none')}</dd>
    </dl>
  );
}

function Signatures({ m, a }: { m: Mentorship; a: Agreement }) {
  const { t } = useTranslation();
  const rows = [
    { role: 'adept' as const, at: a.adeptSignedAt },
    { role: 'mentor' as const, at: a.mentorSignedAt },
  ];
  return (
    <dl className="facts" data-testid="agreement-signatures">
      {rows.map(({ role, at }) => (
        <div key={role} className="ms-facts-row">
          <dt>
            {t(`mentorship:roles.${role}`)}: {m[role].name}
            {role === m.myRole ? ` ${t('mentorship:agreement.youMark')}` : ''}
          </dt>
          <dd>{at ? t('mentorship:agreement.signedAt', { date: formatDateTime(at) }) : t('mentorship:agreement.notSigned')}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The agreement: how often and how long, the adept's goals, the program's clauses, and both signatures. */
export function AgreementSection({ m }: { m: Mentorship }) {
  const { t } = useTranslation();
  const sign = useSignAgreement(m.pairId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const a = m.agreement;
  // A closed program's pair space is read-only (decision 0104).
  const active = m.status === 'active' && !m.programClosed;
  const mySignature = a ? (m.myRole === 'adept' ? a.adeptSignedAt : a.mentorSignedAt) : null;
  const bothSigned = Boolean(a?.adeptSignedAt && a?.mentorSignedAt);
  const onCancel = () => {
    setEditing(false);
    window.setTimeout(() => editButton.current?.focus(), 0);
  };
  const focusHeading = () => window.setTimeout(() => heading.current?.focus(), 0);
  const onSaved = () => {
    setEditing(false);
    setSaved(true);
    focusHeading();
  };

  return (
    <section aria-labelledby="agreement-heading" className="section">
      <Heading level={2} data-size="sm" id="agreement-heading" ref={heading} tabIndex={-1}>
        {t('mentorship:agreement.heading')}
      </Heading>
      {!a ? (
        <>
          <Paragraph>{m.status === 'ended' ? t('mentorship:agreement.noneEnded') : t('mentorship:agreement.none')}</Paragraph>
          {m.status === 'ended' ? null : (
            <>
              <Heading level={3} data-size="2xs">
                {t('mentorship:agreement.clausesHeading')}
              </Heading>
              <ClauseList clauses={m.defaultClauses} />
            </>
          )}
          {active ? <AgreementForm m={m} onSaved={onSaved} /> : null}
        </>
      ) : (
        <>
          {saved && !mySignature ? <Notice color="info">{t('mentorship:agreement.saved')}</Notice> : null}
          <Paragraph data-size="sm">
            {t('mentorship:agreement.version', { version: a.version, date: formatDateTime(a.createdAt) })}
          </Paragraph>
          <Terms a={a} />
          <Heading level={3} data-size="2xs">
            {t('mentorship:agreement.goalsHeading')}
          </Heading>
          <ol className="ms-goals">
            {a.goals.map((g) => (
              <li key={g.id}>{g.text}</li>
            ))}
          </ol>
          <Heading level={3} data-size="2xs">
            {t('mentorship:agreement.clausesHeading')}
          </Heading>
          <ClauseList clauses={a.clauses} />
          <Heading level={3} data-size="2xs">
            {t('mentorship:agreement.signaturesHeading')}
          </Heading>
          <Signatures m={m} a={a} />
          {bothSigned ? <Notice>{t('mentorship:agreement.bothSigned')}</Notice> : null}
          {mySignature && !bothSigned ? (
            <Notice color="info">{t('mentorship:agreement.youSigned', { name: otherParty(m).name })}</Notice>
          ) : null}
          <Paragraph data-size="sm">{t('mentorship:agreement.changeNote')}</Paragraph>
          <ErrorAlert error={sign.error} messages={{ conflict: t('mentorship:agreement.signConflict') }} />
          <div className="form__actions">
            {active && !mySignature ? (
              <Button loading={sign.isPending} onClick={() => sign.mutate(a.version, { onSuccess: focusHeading })}>
                {t('mentorship:agreement.sign')}
              </Button>
            ) : null}
            {active && !editing ? (
              <Button
                ref={editButton}
                variant="secondary"
                onClick={() => {
                  setEditing(true);
                  // The button leaves with the form's arrival: focus goes to the form's heading, not to <body>.
                  window.setTimeout(() => document.getElementById('agreement-form-heading')?.focus(), 0);
                }}
              >
                {t('mentorship:agreement.change')}
              </Button>
            ) : null}
            <Link href={agreementPdfUrl(m.pairId, currentLocale())} download>
              {t('mentorship:agreement.pdf')}
            </Link>
          </div>
          {active && editing ? <AgreementForm m={m} onSaved={onSaved} onCancel={onCancel} /> : null}
        </>
      )}
    </section>
  );
}
