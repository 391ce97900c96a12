import type { ReactNode } from 'react';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Me } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';

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

/** Home: a welcome and the shortcuts to what this user may do (`me.can`, from the server). */
export function HomePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { can } = me;
  const orgId = me.person?.organisationId ?? null;
  const firstName = (me.user.name || me.user.email).split(' ')[0] ?? '';
  return (
    <Page title={t('me:home.heading', { name: firstName })} documentTitle={t('common:nav.home')} lead={t('me:home.intro')}>
      <Paragraph>
        {me.person ? t('me:home.organisationLine', { organisation: me.person.organisationName }) : t('me:home.noOrganisation')}
      </Paragraph>
      <section aria-labelledby="shortcuts-heading" className="section">
        <Heading level={2} data-size="sm" id="shortcuts-heading">
          {t('me:home.shortcuts')}
        </Heading>
        <ul className="shortcuts">
          <Shortcut link={<AppLink to="/programs">{t('common:nav.programs')}</AppLink>} text={t('me:home.programsText')} />
          <Shortcut link={<AppLink to="/mentorships">{t('mentorship:nav')}</AppLink>} text={t('me:home.mentorshipText')} />
          <Shortcut link={<AppLink to="/pairs">{t('matching:nav.myMatches')}</AppLink>} text={t('me:home.matchesText')} />
          <Shortcut link={<AppLink to="/profile">{t('common:nav.profile')}</AppLink>} text={t('me:home.profileText')} />
          {can.readMentorRegister ? (
            <Shortcut
              link={<AppLink to="/mentor-register">{t('common:nav.mentorRegister')}</AppLink>}
              text={t('me:home.mentorRegisterText')}
            />
          ) : null}
          {can.administerPlatform ? (
            <Shortcut
              link={<AppLink to="/admin/organisations">{t('common:nav.organisations')}</AppLink>}
              text={t('me:home.organisationsText')}
            />
          ) : null}
          {can.manageOrganisation && orgId ? (
            <Shortcut
              link={
                <AppLink to="/admin/organisations/$orgId" params={{ orgId }}>
                  {t('common:nav.organisation')}
                </AppLink>
              }
              text={t('me:home.organisationText')}
            />
          ) : null}
          {can.readPeople && orgId ? (
            <Shortcut
              link={
                <AppLink to="/admin/organisations/$orgId/people" params={{ orgId }}>
                  {t('common:nav.people')}
                </AppLink>
              }
              text={t('me:home.peopleText')}
            />
          ) : null}
          {can.managePeople && orgId ? (
            <Shortcut
              link={
                <AppLink to="/admin/organisations/$orgId/people/import" params={{ orgId }}>
                  {t('me:home.importLink')}
                </AppLink>
              }
              text={t('me:home.importText')}
            />
          ) : null}
          {can.readOutbox ? (
            <Shortcut link={<AppLink to="/admin/outbox">{t('common:nav.outbox')}</AppLink>} text={t('me:home.outboxText')} />
          ) : null}
        </ul>
      </section>
    </Page>
  );
}
