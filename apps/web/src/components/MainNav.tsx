import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { Me } from '@lots/core';
import { useTranslation } from 'react-i18next';

const exact = { exact: true } as const;

function Item({ children }: { children: ReactNode }) {
  return <li className="main-nav__item">{children}</li>;
}

/** The main navigation: links follow what the server says the user may do (`me.can`). */
export function MainNav({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { can } = me;
  const orgId = me.person?.organisationId ?? null;
  return (
    <nav aria-label={t('common:shell.mainNav')} className="main-nav">
      <ul className="main-nav__list">
        <Item>
          <Link to="/" activeOptions={exact} className="main-nav__link">
            {t('common:nav.home')}
          </Link>
        </Item>
        <Item>
          <Link to="/programs" className="main-nav__link">
            {t('common:nav.programs')}
          </Link>
        </Item>
        <Item>
          <Link to="/mentorships" className="main-nav__link">
            {t('mentorship:nav')}
          </Link>
        </Item>
        {me.person ? (
          <Item>
            <Link to="/surveys" activeOptions={exact} className="main-nav__link">
              {t('evaluation:mine.nav')}
            </Link>
          </Item>
        ) : null}
        {can.answerProgramInvitations ? (
          <Item>
            <Link to="/participation" activeOptions={exact} className="main-nav__link">
              {t('programs:participation.nav')}
            </Link>
          </Item>
        ) : null}
        {can.readMentorRegister ? (
          <Item>
            <Link to="/mentor-register" activeOptions={exact} className="main-nav__link">
              {t('common:nav.mentorRegister')}
            </Link>
          </Item>
        ) : null}
        <Item>
          <Link to="/profile" activeOptions={exact} className="main-nav__link">
            {t('common:nav.profile')}
          </Link>
        </Item>
        {can.administerPlatform ? (
          <Item>
            <Link to="/admin/organisations" activeOptions={exact} className="main-nav__link">
              {t('common:nav.organisations')}
            </Link>
          </Item>
        ) : can.manageOrganisation && orgId ? (
          <Item>
            <Link to="/admin/organisations/$orgId" params={{ orgId }} activeOptions={exact} className="main-nav__link">
              {t('common:nav.organisation')}
            </Link>
          </Item>
        ) : null}
        {can.readPeople && orgId ? (
          <Item>
            <Link to="/admin/organisations/$orgId/people" params={{ orgId }} activeOptions={exact} className="main-nav__link">
              {t('common:nav.people')}
            </Link>
          </Item>
        ) : null}
        {can.readOutbox ? (
          <Item>
            <Link to="/admin/outbox" activeOptions={exact} className="main-nav__link">
              {t('common:nav.outbox')}
            </Link>
          </Item>
        ) : null}
      </ul>
    </nav>
  );
}
