import { Tag } from '@digdir/designsystemet-react';
import type { Application } from '@lots/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR = {
  draft: 'neutral',
  submitted: 'info',
  accepted: 'success',
  waitlisted: 'warning',
  rejected: 'danger',
  withdrawn: 'neutral',
} as const satisfies Record<Application['status'], string>;

const CONFIRMATION_COLOR = {
  not_required: 'neutral',
  pending: 'warning',
  confirmed: 'success',
  declined: 'danger',
} as const satisfies Record<Application['confirmation'], string>;

const ELIGIBILITY_COLOR = { eligible: 'success', unknown: 'warning', ineligible: 'danger' } as const;

export function ApplicationStatusTag({ status }: { status: Application['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={STATUS_COLOR[status]} data-size="sm" data-testid="application-status">
      {t(`applications:applicationStatus.${status}`)}
    </Tag>
  );
}

export function ConfirmationTag({ status }: { status: Application['confirmation'] }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={CONFIRMATION_COLOR[status]} data-size="sm" data-testid="confirmation-status">
      {t(`applications:confirmationStatus.${status}`)}
    </Tag>
  );
}

export function EligibilityTag({ status }: { status: Application['eligibility']['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={ELIGIBILITY_COLOR[status]} data-size="sm" data-testid="eligibility-status">
      {t(`applications:eligibility.status.${status}`)}
    </Tag>
  );
}
