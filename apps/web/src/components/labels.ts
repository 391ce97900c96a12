import { COUNTRIES, ORGANISATION_KINDS, ROLES, type Role } from '@lots/core';
import { useTranslation } from 'react-i18next';

const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);

/** Translated names for roles, and the demo list's admin / mentor / adept; unknown roles are shown as given. */
export function useRoleLabel() {
  const { t } = useTranslation();
  return (role: string): string => {
    if (isRole(role)) return t(`common:roles.${role}`);
    switch (role) {
      case 'platform_admin':
      case 'platformAdmin':
        return t('common:roles.platformAdmin');
      case 'admin':
        return t('common:roles.admin');
      case 'mentor':
        return t('common:roles.mentor');
      case 'adept':
        return t('common:roles.adept');
      default:
        return role;
    }
  };
}

export function useKindOptions() {
  const { t } = useTranslation();
  return ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisations:kinds.${kind}`) }));
}

export function useCountryOptions() {
  const { t } = useTranslation();
  return COUNTRIES.map((country) => ({ value: country, label: t(`organisations:countries.${country}`) }));
}
