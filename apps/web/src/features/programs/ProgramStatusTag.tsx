import { Tag } from '@digdir/designsystemet-react';
import type { ProgramStatus } from '@lots/core';
import { useTranslation } from 'react-i18next';

const COLOR = {
  draft: 'neutral',
  open: 'success',
  selection: 'info',
  matching: 'info',
  running: 'accent',
  closed: 'neutral',
  archived: 'neutral',
} as const satisfies Record<ProgramStatus, string>;

/** A program's status as a coloured tag with text (colour is never the only cue). */
export function ProgramStatusTag({ status }: { status: ProgramStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={COLOR[status]} data-size="sm" data-testid="program-status">
      {t(`programs:programStatus.${status}`)}
    </Tag>
  );
}
