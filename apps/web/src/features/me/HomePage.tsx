import type { ReactNode } from 'react';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Me } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { accessOf } from '../../lib/access';

function Shortcut({ link, text }: { link: ReactNode; text: string }) {
  return (
    <li>
      <Card data-color="neutral" className="shortcut">
        <Heading level={3} data-size="xs">
          {link}
        </Heading>
        <Paragraph data-size="sm">{text}</Paragraph>
      </Card>
    </li>
  );
}

/** Home: a welcome and the shortcuts this user's roles give. */
export function HomePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const access = accessOf(me);
  const orgId = access.orgId;
  const firstName = (me.user.name || me.user.email).split(' ')[0] ?? '';
  return (
    <Page title={t('home.heading', { name: firstName })} documentTitle={t('nav.home')} lead={t('home.intro')}>
      <Paragraph>
        {me.person ? t('home.organisationLine', { organisation: me.person.organisationName }) : t('home.noOrganisation')}
      </Paragraph>
      <section aria-labelledby="shortcuts-heading" className="section">
        <Heading level={2} data-size="sm" id="shortcuts-heading">
          {t('home.shortcuts')}
        </Heading>
        <ul className="shortcuts">
          <Shortcut link={<AppLink to="/programs">{t('nav.programs')}</AppLink>} text={t('home.programsText')} />
          <Shortcut link={<AppLink to="/mentorships">{t('mentorship.nav')}</AppLink>} text={t('home.mentorshipText')} />
          <Shortcut link={<AppLink to="/pairs">{t('matching.nav.myMatches')}</AppLink>} text={t('home.matchesText')} />
          <Shortcut link={<AppLink to="/profile">{t('nav.profile')}</AppLink>} text={t('home.profileText')} />
          {access.coordinator || access.orgAdmin ? (
            <Shortcut link={<AppLink to="/mentor-register">{t('nav.mentorRegister')}</AppLink>} text={t('home.mentorRegisterText')} />
          ) : null}
          {access.platformAdmin ? (
            <Shortcut link={<AppLink to="/admin/organisations">{t('nav.organisations')}</AppLink>} text={t('home.organisationsText')} />
          ) : null}
          {access.orgAdmin && orgId ? (
            <Shortcut
              link={
                <AppLink to="/admin/organisations/$orgId" params={{ orgId }}>
                  {t('nav.organisation')}
                </AppLink>
              }
              text={t('home.organisationText')}
            />
          ) : null}
          {access.seePeople && orgId ? (
            <Shortcut
              link={
                <AppLink to="/admin/organisations/$orgId/people" params={{ orgId }}>
                  {t('nav.people')}
                </AppLink>
              }
              text={t('home.peopleText')}
            />
          ) : null}
          {access.managePeople && orgId ? (
            <Shortcut
              link={
                <AppLink to="/admin/organisations/$orgId/people/import" params={{ orgId }}>
                  {t('home.importLink')}
                </AppLink>
              }
              text={t('home.importText')}
            />
          ) : null}
          {access.seeOutbox ? (
            <Shortcut link={<AppLink to="/admin/outbox">{t('nav.outbox')}</AppLink>} text={t('home.outboxText')} />
          ) : null}
        </ul>
      </section>
    </Page>
  );
}
