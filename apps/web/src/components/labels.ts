import { COUNTRIES, ORGANISATION_KINDS, ROLES, type Role } from '@lots/core';
import { useTranslation } from 'react-i18next';

const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);

/** Translated names for roles, including the demo list's "platform_admin"; unknown roles are shown as given. */
export function useRoleLabel() {
  const { t } = useTranslation();
  return (role: string): string => {
    if (isRole(role)) return t(`roles.${role}`);
    if (role === 'platform_admin' || role === 'platformAdmin') return t('roles.platformAdmin');
    return role;
  };
}

export function useKindOptions() {
  const { t } = useTranslation();
  return ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));
}

export function useCountryOptions() {
  const { t } = useTranslation();
  return COUNTRIES.map((country) => ({ value: country, label: t(`countries.${country}`) }));
}
