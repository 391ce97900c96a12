import { useState } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { buildTree } from '../../lib/tree';
import { useUnits } from './api';
import { UnitAddForm } from './UnitAddForm';
import { UnitDialogs, type UnitDialogState } from './UnitDialogs';
import { UnitTree } from './UnitTree';

/** The organisation's unit tree with add / rename / move / delete. */
export function UnitsSection({ orgId, canManage }: { orgId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const units = useUnits(orgId);
  const [dialog, setDialog] = useState<UnitDialogState>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = units.data ?? [];

  return (
    <section aria-labelledby="units-heading" className="section">
      <Heading level={2} data-size="sm" id="units-heading">
        {t('units:heading')}
      </Heading>
      <Paragraph>{t('units:intro')}</Paragraph>
      <div aria-live="polite">{notice ? <Notice>{notice}</Notice> : null}</div>
      {units.isPending ? <Loading /> : null}
      <ErrorAlert error={units.error} />
      {units.data && list.length === 0 ? <Paragraph>{t('units:empty')}</Paragraph> : null}
      {list.length > 0 ? (
        <UnitTree
          nodes={buildTree(list)}
          canManage={canManage}
          label={t('units:listLabel')}
          onAction={(action, unit) => {
            setNotice(null);
            setDialog({ action, unit });
          }}
        />
      ) : null}
      {canManage ? (
        <div className="section section--narrow">
          <Heading level={3} data-size="xs">
            {t('units:addHeading')}
          </Heading>
          <UnitAddForm orgId={orgId} units={list} onAdded={(unit) => setNotice(t('units:added', { name: unit.name }))} />
        </div>
      ) : null}
      <UnitDialogs
        orgId={orgId}
        units={list}
        state={dialog}
        onClose={() => setDialog(null)}
        onDone={(message) => {
          setDialog(null);
          setNotice(message);
        }}
      />
    </section>
  );
}
