import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import type { CostOverview, OrganisationCost, SharedCost } from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { AppDialog } from '../../components/AppDialog';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert, Notice } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { NotFoundPage } from '../../components/NotFound';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../i18n';
import { attachmentUrl, useCosts, useCostsVisible, useDeleteCost, useUnmarkInvoiced } from './api';
import { InvoiceForm } from './InvoiceForm';
import { money } from './money';
import { BasisLinks, OrganisationPart, SummaryLinks } from './OrganisationPart';
import { SettingsForm } from './SettingsForm';
import { SharedCostForm } from './SharedCostForm';

type Dialog =
  | { mode: 'add' }
  | { mode: 'edit'; cost: SharedCost }
  | { mode: 'delete'; cost: SharedCost }
  | { mode: 'invoice'; part: OrganisationCost }
  | { mode: 'uninvoice'; part: OrganisationCost }
  | null;

const PAGE_SIZE = 25;

function SharedCosts({
  overview,
  onAdd,
  onEdit,
  onDelete,
}: {
  overview: CostOverview;
  onAdd: () => void;
  onEdit: (cost: SharedCost) => void;
  onDelete: (cost: SharedCost) => void;
}) {
  const { t } = useTranslation();
  const manage = overview.can.manage;
  const items = overview.sharedCosts.items;
  return (
    <>
      {items.length === 0 ? (
        <Paragraph>{t('costs:shared.empty')}</Paragraph>
      ) : (
        <TableScroll label={t('costs:shared.caption')}>
          <Table zebra data-size="sm" data-testid="shared-costs">
            <caption className="ds-sr-only">{t('costs:shared.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('costs:shared.date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('costs:shared.what')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{manage ? t('costs:shared.amount') : t('costs:shared.yourShare')}</Table.HeaderCell>
                <Table.HeaderCell className="num">{t('costs:shared.vat')}</Table.HeaderCell>
                {manage ? <Table.HeaderCell>{t('common:common.actions')}</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((cost) => (
                <Table.Row key={cost.id}>
                  <Table.Cell>
                    <time dateTime={cost.incurredOn}>{formatDate(cost.incurredOn)}</time>
                  </Table.Cell>
                  <Table.Cell>
                    {t(`costs:category.${cost.category}`)}: {cost.description}
                    {cost.note ? <div className="cell-note">{cost.note}</div> : null}
                    {manage && cost.attachment ? (
                      <div className="cell-note">
                        <Link href={attachmentUrl(overview.programId, cost.id)} download>
                          {t('costs:shared.attachment', { name: cost.attachment.name })}
                        </Link>
                      </div>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell className="num">{money(cost.amount ?? cost.share?.amount ?? 0, cost.currency)}</Table.Cell>
                  <Table.Cell className="num">{money(cost.vat ?? cost.share?.vat ?? 0, cost.currency)}</Table.Cell>
                  {manage ? (
                    <Table.Cell>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('costs:shared.editLabel', { description: cost.description })}
                        onClick={() => onEdit(cost)}
                      >
                        {t('costs:shared.edit')}
                      </Button>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('costs:shared.deleteLabel', { description: cost.description })}
                        onClick={() => onDelete(cost)}
                      >
                        {t('common:common.delete')}
                      </Button>
                    </Table.Cell>
                  ) : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {manage ? (
        <Button variant="secondary" onClick={onAdd}>
          {t('costs:shared.add')}
        </Button>
      ) : null}
    </>
  );
}

function Organisations({
  overview,
  onInvoice,
  onUninvoice,
}: {
  overview: CostOverview;
  onInvoice: (p: OrganisationCost) => void;
  onUninvoice: (p: OrganisationCost) => void;
}) {
  const { t } = useTranslation();
  const totals = overview.programTotals;
  return (
    <TableScroll label={t('costs:summary.caption')}>
      <Table zebra data-size="sm" data-testid="cost-summary">
        <caption className="ds-sr-only">{t('costs:summary.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('costs:summary.organisation')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('costs:summary.adepts')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('costs:summary.mentors')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('costs:summary.fees')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('costs:summary.shared')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('costs:summary.vat')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('costs:summary.total')}</Table.HeaderCell>
            <Table.HeaderCell>{t('costs:summary.invoiced')}</Table.HeaderCell>
            <Table.HeaderCell>{t('costs:summary.files')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {overview.organisations.map((o) => (
            <Table.Row key={o.organisationId}>
              <Table.Cell>
                {o.organisationName}
                {o.owner ? <div className="cell-note">{t('costs:summary.owner')}</div> : null}
                {o.adeptCap !== null ? <div className="cell-note">{t('costs:summary.cap', { count: o.adeptCap })}</div> : null}
                {o.basisPoints !== null ? (
                  <div className="cell-note">{t('costs:summary.percent', { percent: o.basisPoints / 100 })}</div>
                ) : null}
              </Table.Cell>
              <Table.Cell className="num">{o.adepts}</Table.Cell>
              <Table.Cell className="num">{o.mentors}</Table.Cell>
              <Table.Cell className="num">{money(o.fees, o.currency)}</Table.Cell>
              <Table.Cell className="num">{money(o.sharedAmount, o.currency)}</Table.Cell>
              <Table.Cell className="num">{money(o.sharedVat, o.currency)}</Table.Cell>
              <Table.Cell className="num">
                <strong>{money(o.total, o.currency)}</strong>
              </Table.Cell>
              <Table.Cell>
                {o.invoice ? (
                  <>
                    {t('costs:own.invoicedOn', { date: formatDate(o.invoice.invoicedOn), reference: o.invoice.reference })}
                    <div>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        onClick={() => onUninvoice(o)}
                        aria-label={t('costs:invoice.undoLabel', { organisation: o.organisationName })}
                      >
                        {t('costs:invoice.undo')}
                      </Button>
                    </div>
                  </>
                ) : (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => onInvoice(o)}
                    aria-label={t('costs:invoice.markLabel', { organisation: o.organisationName })}
                  >
                    {t('costs:invoice.mark')}
                  </Button>
                )}
              </Table.Cell>
              <Table.Cell>
                <BasisLinks programId={overview.programId} part={o} />
              </Table.Cell>
            </Table.Row>
          ))}
          {totals ? (
            <Table.Row>
              <Table.HeaderCell scope="row">{t('costs:summary.programTotal')}</Table.HeaderCell>
              <Table.Cell />
              <Table.Cell />
              <Table.Cell className="num">{money(totals.fees, overview.currency)}</Table.Cell>
              <Table.Cell className="num">{money(totals.sharedAmount, overview.currency)}</Table.Cell>
              <Table.Cell className="num">{money(totals.sharedVat, overview.currency)}</Table.Cell>
              <Table.Cell className="num">
                <strong data-testid="program-total">{money(totals.total, overview.currency)}</strong>
              </Table.Cell>
              <Table.Cell />
              <Table.Cell />
            </Table.Row>
          ) : null}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function Outcome({ overview }: { overview: CostOverview }) {
  const { t } = useTranslation();
  const o = overview.outcome;
  if (!o) return null;
  const per = (value: number | null) => (value === null ? t('costs:outcome.none') : money(value, overview.currency));
  return (
    <section aria-labelledby="outcome-heading" className="section">
      <Heading level={2} data-size="sm" id="outcome-heading">
        {t('costs:outcome.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('costs:outcome.help')}</Paragraph>
      <dl className="facts facts--stack">
        <dt>{t('costs:outcome.perParticipant', { count: o.participants })}</dt>
        <dd>{per(o.perParticipant)}</dd>
        <dt>{t('costs:outcome.perCompletedPair', { count: o.completedPairs })}</dt>
        <dd>{per(o.perCompletedPair)}</dd>
        <dt>{t('costs:outcome.perHour', { hours: o.hours })}</dt>
        <dd>{per(o.perHour)}</dd>
      </dl>
    </section>
  );
}

/** /programs/$programId/costs: the program's costs — the whole program for its coordinators, an organisation's own part for its staff. */
export function CostsPage({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const costs = useCosts(programId, page);
  const remove = useDeleteCost(programId);
  const unmark = useUnmarkInvoiced(programId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setDialog(null);

  if (costs.error instanceof ApiError && (costs.error.code === 'not_found' || costs.error.code === 'validation')) return <NotFoundPage />;
  const overview = costs.data;
  if (!overview) {
    return (
      <Page title={t('costs:page.loadingTitle')}>
        <ErrorAlert error={costs.error} />
        {costs.isPending ? <Loading /> : null}
      </Page>
    );
  }
  const manage = overview.can.manage;
  const own = manage ? null : (overview.organisations[0] ?? null);

  return (
    <Page
      title={t('costs:page.title', { program: overview.programName })}
      documentTitle={t('costs:page.documentTitle', { program: overview.programName })}
      lead={t('costs:page.lead', { organiser: overview.organiserName, currency: overview.currency })}
    >
      <div aria-live="polite">{notice ? <Notice>{notice}</Notice> : null}</div>
      <Paragraph data-size="sm">
        {t('costs:page.fees', {
          adept: money(overview.feePerAdept, overview.currency),
          mentor: money(overview.feePerMentor, overview.currency),
          rule: t(`costs:splitRule.${overview.settings.splitRule}`),
        })}
      </Paragraph>
      {own ? <OrganisationPart programId={programId} part={own} onNotice={setNotice} /> : null}
      {manage ? (
        <section aria-labelledby="summary-heading" className="section">
          <Heading level={2} data-size="sm" id="summary-heading">
            {t('costs:summary.heading')}
          </Heading>
          <Organisations
            overview={overview}
            onInvoice={(part) => {
              setNotice(null);
              setDialog({ mode: 'invoice', part });
            }}
            onUninvoice={(part) => {
              setNotice(null);
              setDialog({ mode: 'uninvoice', part });
            }}
          />
          <SummaryLinks programId={programId} />
        </section>
      ) : null}
      <section aria-labelledby="shared-heading" className="section">
        <Heading level={2} data-size="sm" id="shared-heading">
          {manage ? t('costs:shared.heading') : t('costs:shared.headingOwn')}
        </Heading>
        <SharedCosts
          overview={overview}
          onAdd={() => {
            setNotice(null);
            setDialog({ mode: 'add' });
          }}
          onEdit={(cost) => {
            setNotice(null);
            setDialog({ mode: 'edit', cost });
          }}
          onDelete={(cost) => {
            setNotice(null);
            setDialog({ mode: 'delete', cost });
          }}
        />
        <Pager
          total={overview.sharedCosts.total}
          limit={PAGE_SIZE}
          offset={(page - 1) * PAGE_SIZE}
          onChange={(offset) => setPage(offset / PAGE_SIZE + 1)}
        />
      </section>
      {manage ? (
        <section aria-labelledby="cost-settings-heading" className="section">
          <Heading level={2} data-size="sm" id="cost-settings-heading">
            {t('costs:settings.heading')}
          </Heading>
          <SettingsForm key={JSON.stringify(overview.settings)} overview={overview} onSaved={() => setNotice(t('costs:settings.saved'))} />
        </section>
      ) : null}
      <Outcome overview={overview} />
      <AppDialog
        open={dialog !== null}
        onClose={close}
        title={
          dialog?.mode === 'add'
            ? t('costs:shared.addHeading')
            : dialog?.mode === 'edit'
              ? t('costs:shared.editHeading')
              : dialog?.mode === 'delete'
                ? t('costs:shared.deleteHeading')
                : dialog?.mode === 'invoice'
                  ? t('costs:invoice.heading', { organisation: dialog.part.organisationName })
                  : dialog?.mode === 'uninvoice'
                    ? t('costs:invoice.undoHeading', { organisation: dialog.part.organisationName })
                    : ''
        }
      >
        {dialog?.mode === 'add' ? (
          <SharedCostForm
            programId={programId}
            currency={overview.currency}
            onDone={() => {
              close();
              setNotice(t('costs:shared.added'));
            }}
          />
        ) : null}
        {dialog?.mode === 'edit' ? (
          <SharedCostForm
            key={dialog.cost.id}
            programId={programId}
            currency={overview.currency}
            cost={dialog.cost}
            amountsLocked={overview.organisations.some((o) => o.invoice !== null)}
            onDone={() => {
              close();
              setNotice(t('costs:shared.edited', { description: dialog.cost.description }));
            }}
          />
        ) : null}
        {dialog?.mode === 'invoice' ? (
          <InvoiceForm
            programId={programId}
            part={dialog.part}
            onDone={(saved) => {
              close();
              if (saved) setNotice(t('costs:invoice.saved', { organisation: dialog.part.organisationName }));
            }}
          />
        ) : null}
        {dialog?.mode === 'delete' || dialog?.mode === 'uninvoice' ? (
          <>
            <Paragraph>
              {dialog.mode === 'delete'
                ? t('costs:shared.deleteConfirm', { description: dialog.cost.description })
                : t('costs:invoice.undoConfirm', { organisation: dialog.part.organisationName })}
            </Paragraph>
            <ErrorAlert error={dialog.mode === 'delete' ? remove.error : unmark.error} />
            <div className="form__actions">
              <Button
                data-color="danger"
                loading={remove.isPending || unmark.isPending}
                onClick={async () => {
                  if (dialog.mode === 'delete') {
                    await remove.mutateAsync(dialog.cost.id);
                    setNotice(t('costs:shared.deleted', { description: dialog.cost.description }));
                  } else {
                    await unmark.mutateAsync(dialog.part.organisationId);
                    setNotice(t('costs:invoice.undone', { organisation: dialog.part.organisationName }));
                  }
                  close();
                }}
              >
                {dialog.mode === 'delete' ? t('common:common.delete') : t('costs:invoice.undo')}
              </Button>
              <Button variant="tertiary" onClick={close}>
                {t('common:common.cancel')}
              </Button>
            </div>
          </>
        ) : null}
      </AppDialog>
    </Page>
  );
}

/** A link to the costs page on the program page, for those who may see the costs (participants do not). */
export function CostsLink({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const visible = useCostsVisible(programId);
  if (!visible.data) return null;
  return (
    <p>
      <AppLink to="/programs/$programId/costs" params={{ programId }}>
        {t('costs:page.link')}
      </AppLink>
    </p>
  );
}
