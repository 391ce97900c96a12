import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { Me } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { accessOf } from '../lib/access';

const exact = { exact: true } as const;

function Item({ children }: { children: ReactNode }) {
  return <li className="main-nav__item">{children}</li>;
}

/** The main navigation: links depend on the user's roles. */
export function MainNav({ me }: { me: Me }) {
  const { t } = useTranslation();
  const access = accessOf(me);
  const orgId = access.orgId;
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
        <Item>
          <Link to="/pairs" activeOptions={exact} className="main-nav__link">
            {t('matching:nav.myMatches')}
          </Link>
        </Item>
        {access.coordinator || access.orgAdmin ? (
          <Item>
            <Link to="/participation" activeOptions={exact} className="main-nav__link">
              {t('programs:participation.nav')}
            </Link>
          </Item>
        ) : null}
        {access.coordinator || access.orgAdmin || access.platformAdmin ? (
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
        {access.platformAdmin ? (
          <Item>
            <Link to="/admin/organisations" activeOptions={exact} className="main-nav__link">
              {t('common:nav.organisations')}
            </Link>
          </Item>
        ) : access.orgAdmin && orgId ? (
          <Item>
            <Link to="/admin/organisations/$orgId" params={{ orgId }} activeOptions={exact} className="main-nav__link">
              {t('common:nav.organisation')}
            </Link>
          </Item>
        ) : null}
        {access.seePeople && orgId ? (
          <Item>
            <Link to="/admin/organisations/$orgId/people" params={{ orgId }} activeOptions={exact} className="main-nav__link">
              {t('common:nav.people')}
            </Link>
          </Item>
        ) : null}
        {access.seeOutbox ? (
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
