import { useEffect, useRef, useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { Application } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Pager, RangeText } from '../../components/Pager';
import { Page } from '../../components/Page';
import type { ReviewSearch } from '../../routes/search';
import { ShareLink, useProgram } from '../programs';
import { useRemindManager, useReviewApplications, type Decision } from './api';
import { ApplicationsImport } from './ApplicationsImport';
import { DecisionForm } from './DecisionForm';
import { RecommendationsRequestForm } from './RecommendationsRequestForm';
import { NominationsList } from './NominationsList';
import { ReviewFilters } from './ReviewFilters';
import { ReviewTable } from './ReviewTable';

const DECISIONS: Decision[] = ['accepted', 'waitlisted', 'rejected'];
export const REVIEW_PAGE_SIZE = 50;

type ReviewPageProps = { programId: string; search: ReviewSearch; onSearch: (next: ReviewSearch) => void };

/** /programs/$programId/review: the coordinator's queue with filters, bulk decisions, import and nominations. */
export function ReviewPage({ programId, search, onSearch }: ReviewPageProps) {
  const { t } = useTranslation();
  const program = useProgram(programId);
  const { page = 1, ...filters } = search;
  const offset = (page - 1) * REVIEW_PAGE_SIZE;
  const sort = search.sort ?? 'submittedAt';
  const dir = search.dir ?? 'asc';
  const applications = useReviewApplications(programId, { ...filters, limit: REVIEW_PAGE_SIZE, offset });
  const remind = useRemindManager(programId);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [decision, setDecision] = useState<Decision | null>(null);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // After a bulk decision the buttons that opened the dialog are disabled (nothing is selected): focus goes to what happened.
  const [decided, setDecided] = useState(0);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (decided) noticeRef.current?.focus();
  }, [decided]);
  const list = applications.data?.items ?? [];
  const total = applications.data?.total ?? 0;
  const filtered = Boolean(search.role || search.status || search.eligibility || search.confirmation || search.q);
  // The selection may span pages: every id chosen on any page of this search.
  const chosen = [...selected];

  const onSelect = (ids: string[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });

  const onRemind = (a: Application) => {
    setNotice(null);
    remind.mutate(a.id, { onSuccess: (updated) => setNotice(t('applications:review.reminded', { email: updated.managerEmail ?? '' })) });
  };

  return (
    <Page title={t('applications:review.heading')} lead={program.data?.name}>
      <p>
        <AppLink to="/programs/$programId" params={{ programId }}>
          {t('applications:review.backToProgram')}
        </AppLink>
      </p>
      <ReviewFilters value={search} onChange={(next) => onSearch({ ...next, page: undefined })} />
      <div aria-live="polite" ref={noticeRef} tabIndex={-1}>
        {notice ? <Notice>{notice}</Notice> : null}
      </div>
      <ErrorAlert error={applications.error ?? program.error} />
      <ErrorAlert error={remind.error} />
      {applications.isPending ? <Loading /> : null}
      {applications.data ? (
        <>
          <div className="bulk-actions" role="group" aria-label={t('applications:review.bulkLabel')}>
            <Paragraph data-size="sm" aria-live="polite" className="result-count">
              {t('applications:review.count', { count: total })}
              {total > 0 ? (
                <>
                  {' · '}
                  <RangeText total={total} limit={REVIEW_PAGE_SIZE} offset={offset} />
                </>
              ) : null}
              {' · '}
              {t('applications:review.selectedCount', { count: chosen.length })}
            </Paragraph>
            {DECISIONS.map((d) => (
              <Button
                key={d}
                variant={d === 'accepted' ? 'primary' : 'secondary'}
                data-size="sm"
                disabled={chosen.length === 0}
                onClick={() => {
                  setNotice(null);
                  setDecision(d);
                }}
              >
                {t(`applications:review.bulk.${d}`)}
              </Button>
            ))}
            <Button
              variant="secondary"
              data-size="sm"
              disabled={chosen.length === 0}
              onClick={() => {
                setNotice(null);
                setAsking(true);
              }}
            >
              {t('applications:review.bulk.recommendation')}
            </Button>
          </div>
          {list.length === 0 && !filtered && program.data?.status === 'open' ? (
            // Nothing yet, and why: the program is open, nobody has applied (issue 14 item 10).
            <div className="empty-state">
              <Paragraph>{t('applications:review.noneYet')}</Paragraph>
              <ShareLink programId={programId} />
            </div>
          ) : list.length === 0 ? (
            <Paragraph>{filtered ? t('applications:review.empty') : t('applications:review.noneAtAll')}</Paragraph>
          ) : (
            <ReviewTable
              applications={list}
              selected={selected}
              onSelect={onSelect}
              onRemind={onRemind}
              remindingId={remind.isPending ? remind.variables : undefined}
              sort={sort}
              dir={dir}
              onSort={(nextSort, nextDir) => onSearch({ ...search, sort: nextSort, dir: nextDir, page: undefined })}
            />
          )}
          <Pager
            total={total}
            limit={REVIEW_PAGE_SIZE}
            offset={offset}
            onChange={(next) => onSearch({ ...search, page: next / REVIEW_PAGE_SIZE + 1 })}
          />
        </>
      ) : null}
      <AppDialog
        open={decision !== null}
        onClose={() => setDecision(null)}
        title={decision ? t(`applications:decision.heading.${decision}`, { count: chosen.length }) : ''}
      >
        {decision ? (
          <DecisionForm
            programId={programId}
            applicationIds={chosen}
            decision={decision}
            onCancel={() => setDecision(null)}
            onDone={(count, full) => {
              setNotice(
                [
                  count ? t(`applications:decision.done.${decision}`, { count }) : '',
                  full ? t('applications:decision.full', { count: full }) : '',
                ]
                  .filter(Boolean)
                  .join(' '),
              );
              setDecision(null);
              setSelected(new Set());
              setDecided((n) => n + 1);
            }}
          />
        ) : null}
      </AppDialog>
      <AppDialog
        open={asking}
        onClose={() => setAsking(false)}
        title={t('applications:recommendations.bulkHeading', { count: chosen.length })}
      >
        {asking ? (
          <RecommendationsRequestForm
            programId={programId}
            applicationIds={chosen}
            onCancel={() => setAsking(false)}
            onDone={(count, email) => {
              setNotice(t('applications:recommendations.bulkSent', { count, email }));
              setAsking(false);
              setSelected(new Set());
              setDecided((n) => n + 1);
            }}
          />
        ) : null}
      </AppDialog>
      <ApplicationsImport programId={programId} />
      <NominationsList programId={programId} />
    </Page>
  );
}
