import { Heading, Link } from '@digdir/designsystemet-react';
import type { Mentorship } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { otherParty, otherRole } from './format';

/** How to reach the other party. */
export function ContactSection({ m }: { m: Mentorship }) {
  const { t } = useTranslation();
  const other = otherParty(m);
  return (
    <section aria-labelledby="contact-heading" className="section">
      <Heading level={2} data-size="sm" id="contact-heading">
        {t('mentorship:contact.heading')}
      </Heading>
      <Heading level={3} data-size="xs">
        {t(`mentorship:contact.your.${otherRole(m.myRole)}`)}
      </Heading>
      <dl className="facts">
        <dt>{t('mentorship:contact.name')}</dt>
        <dd>{other.name}</dd>
        <dt>{t('mentorship:contact.title')}</dt>
        <dd>{other.title || t('common:common.none')}</dd>
        <dt>{t('mentorship:contact.organisation')}</dt>
        <dd>{other.organisationName}</dd>
        <dt>{t('mentorship:contact.email')}</dt>
        <dd>
          <Link href={`mailto:${other.email}`}>{other.email}</Link>
        </dd>
      </dl>
    </section>
  );
}
