import { useState } from 'react';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { MatchingRun, RunPair } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableScroll } from '../../components/TableScroll';
import { useAddConstraint, useRemoveConstraint, type Constraint, type RuleBreak } from './api';
import { PairWhy } from './Breakdown';
import { brokenRules, needsReason, pairKey, useMatchingFormat, useWhere } from './format';
import { Help } from './Help';
import { LiveNotice } from './LiveNotice';
import { ExcludeForm, LockReasonForm } from './PairForms';
import { SwapForm } from './SwapForm';

type Dialog = { kind: 'why' | 'exclude' | 'swap'; pair: RunPair } | { kind: 'lockReason'; pair: RunPair; rules: RuleBreak[] } | null;

type PairsTableProps = {
  programId: string;
  run: MatchingRun;
  constraints: Constraint[];
  /** Called after a lock, unlock, exclusion or swap: the run no longer shows what the next one will do. */
  onChanged: () => void;
};

/** The run's pairs, each with "why?", lock/unlock, exclude and swap. */
export function PairsTable({ programId, run, constraints, onChanged }: PairsTableProps) {
  const { t } = useTranslation();
  const f = useMatchingFormat();
  const where = useWhere();
  const add = useAddConstraint(programId);
  const remove = useRemoveConstraint(programId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState('');
  const locks = new Map(constraints.filter((c) => c.kind === 'lock').map((c) => [pairKey(c.adept, c.mentor), c]));
  const excludes = new Map(constraints.filter((c) => c.kind === 'exclude').map((c) => [pairKey(c.adept, c.mentor), c]));
  const names = (p: RunPair) => ({ adept: p.adept.name, mentor: p.mentor.name });
  const close = () => setDialog(null);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    onChanged();
  };

  const lock = (pair: RunPair) => {
    setNotice('');
    add.mutate(
      { kind: 'lock', adeptApplicationId: pair.adept.applicationId, mentorApplicationId: pair.mentor.applicationId },
      {
        onSuccess: () => done(t('matching:pairs.lockedNotice', names(pair))),
        onError: (error) => {
          if (needsReason(error)) setDialog({ kind: 'lockReason', pair, rules: brokenRules(error) });
        },
      },
    );
  };
  const unconstrain = (constraint: Constraint, message: string) => {
    setNotice('');
    remove.mutate(constraint.id, { onSuccess: () => done(message) });
  };

  if (!run.pairs.length) return <Paragraph>{t('matching:pairs.none')}</Paragraph>;

  const title = !dialog
    ? ''
    : dialog.kind === 'why'
      ? t('matching:why.title', names(dialog.pair))
      : dialog.kind === 'exclude'
        ? t('matching:exclude.title', names(dialog.pair))
        : dialog.kind === 'swap'
          ? t('matching:swap.title', { adept: dialog.pair.adept.name })
          : t('matching:lockDialog.title', names(dialog.pair));

  return (
    <>
      <LiveNotice message={notice} />
      <ErrorAlert error={(add.error && !needsReason(add.error) ? add.error : null) ?? remove.error} />
      {/* The table's lock and exclude buttons: what they do, where they are. */}
      <Help summary={t('matching:help.constraints.summary')}>{t('matching:help.constraints.body')}</Help>
      <TableScroll label={t('matching:pairs.caption')}>
        <Table zebra data-size="sm" className="matching-pairs">
          <caption className="ds-sr-only">{t('matching:pairs.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('matching:pairs.adept')}</Table.HeaderCell>
              <Table.HeaderCell>{t('matching:pairs.mentor')}</Table.HeaderCell>
              <Table.HeaderCell className="num">{t('matching:pairs.score')}</Table.HeaderCell>
              <Table.HeaderCell>{t('matching:pairs.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('matching:pairs.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {run.pairs.map((pair) => {
              const key = pairKey(pair.adept, pair.mentor);
              const locked = locks.get(key);
              const excluded = excludes.get(key);
              const n = names(pair);
              const busy =
                (add.isPending && add.variables?.adeptApplicationId === pair.adept.applicationId) ||
                (remove.isPending && (remove.variables === locked?.id || remove.variables === excluded?.id));
              return (
                <Table.Row key={key}>
                  <Table.Cell>
                    {pair.adept.name}
                    <div className="cell-note matching-note">{where(pair.adept)}</div>
                  </Table.Cell>
                  <Table.Cell>
                    {pair.mentor.name}
                    <div className="cell-note matching-note">{where(pair.mentor)}</div>
                  </Table.Cell>
                  <Table.Cell className="num">{f.num(pair.score)}</Table.Cell>
                  <Table.Cell>
                    <div className="matching-tags">
                      {locked ? (
                        <Tag data-color="info" data-size="sm">
                          {t('matching:pairs.locked')}
                        </Tag>
                      ) : null}
                      {pair.ruleBreaks.length ? (
                        <Tag data-color="warning" data-size="sm">
                          {t('matching:pairs.handPlaced')}
                        </Tag>
                      ) : null}
                      {excluded ? (
                        <Tag data-color="danger" data-size="sm">
                          {t('matching:pairs.excluded')}
                        </Tag>
                      ) : null}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="row-actions matching-actions">
                      <Button
                        variant="secondary"
                        data-size="sm"
                        aria-label={t('matching:pairs.whyLabel', n)}
                        onClick={() => setDialog({ kind: 'why', pair })}
                      >
                        {t('matching:pairs.why')}
                      </Button>
                      {locked ? (
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          loading={busy}
                          aria-label={t('matching:pairs.unlockLabel', n)}
                          onClick={() => unconstrain(locked, t('matching:pairs.unlockedNotice', n))}
                        >
                          {t('matching:pairs.unlock')}
                        </Button>
                      ) : (
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          loading={busy}
                          aria-label={t('matching:pairs.lockLabel', n)}
                          onClick={() => lock(pair)}
                        >
                          {t('matching:pairs.lock')}
                        </Button>
                      )}
                      {excluded ? (
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('matching:pairs.includeLabel', n)}
                          onClick={() => unconstrain(excluded, t('matching:pairs.includedNotice', n))}
                        >
                          {t('matching:pairs.include')}
                        </Button>
                      ) : (
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('matching:pairs.excludeLabel', n)}
                          onClick={() => setDialog({ kind: 'exclude', pair })}
                        >
                          {t('matching:pairs.exclude')}
                        </Button>
                      )}
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('matching:pairs.swapLabel', n)}
                        onClick={() => setDialog({ kind: 'swap', pair })}
                      >
                        {t('matching:pairs.swap')}
                      </Button>
                    </div>
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableScroll>
      <AppDialog open={dialog !== null} onClose={close} title={title}>
        {dialog?.kind === 'why' ? (
          <>
            <PairWhy programId={programId} runId={run.id} applicationId={dialog.pair.adept.applicationId} />
            <div className="form__actions">
              <Button variant="secondary" onClick={close}>
                {t('common:common.close')}
              </Button>
            </div>
          </>
        ) : null}
        {dialog?.kind === 'exclude' ? (
          <ExcludeForm
            programId={programId}
            pair={dialog.pair}
            onCancel={close}
            onDone={() => done(t('matching:pairs.excludedNotice', names(dialog.pair)))}
          />
        ) : null}
        {dialog?.kind === 'lockReason' ? (
          <LockReasonForm
            programId={programId}
            pair={dialog.pair}
            rules={dialog.rules}
            onCancel={close}
            onDone={() => done(t('matching:pairs.lockedNotice', names(dialog.pair)))}
          />
        ) : null}
        {dialog?.kind === 'swap' ? (
          <SwapForm programId={programId} run={run} pair={dialog.pair} onCancel={close} onDone={() => done(t('matching:swap.done'))} />
        ) : null}
      </AppDialog>
    </>
  );
}
