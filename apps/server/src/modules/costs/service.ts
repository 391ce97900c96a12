import type { DbOrTx } from '@lots/db';
import type { AdeptCapInput, CostOverview, Locale, CostSettingsInput, InvoiceInput, SharedCostInput, SharedCostPatch } from '@lots/core';
import { costSettingsInputSchema } from '@lots/core';
import type { Actor } from '../../platform/actor';
import { authorize, can } from '../../platform/authorize';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { lockPlaces, programAbilities } from '../programs';
import { computeCosts, DEFAULT_SETTINGS, type ComputedCosts } from './compute';
import { costAbilities, organisationStaff, type CostAccess } from './policy';
import { basisCsv, basisFileName, basisPdf, basisXlsx, type Basis } from './export';
import { summaryCsv, summaryFileName, summaryPdf, summaryXlsx } from './summary-export';
import { presentCost, presentOrganisation, presentOverview } from './present';
import * as repo from './repository';

/** Everything a program's costs are computed from, read in one go (in the caller's transaction when there is one). */
export async function loadCosts(db: DbOrTx, access: CostAccess): Promise<ComputedCosts> {
  const programId = access.program.id;
  const [organisations, settings, participants, pairs, costs, minutes] = await Promise.all([
    repo.participatingOrganisations(db, programId),
    repo.settingsOf(db, programId),
    repo.acceptedParticipants(db, programId),
    repo.pairsOf(db, programId),
    repo.costAmounts(db, programId),
    repo.loggedMinutes(db, programId),
  ]);
  return computeCosts({
    program: access.program,
    organisations,
    settings: settings ?? DEFAULT_SETTINGS,
    participants,
    pairs,
    costs,
    minutes,
  });
}

/**
 * A program's costs as the viewer may see them: those who manage it the whole program; an
 * organisation's administrators and coordinators their own organisation's part only.
 */
export async function getOverview(
  db: DbOrTx,
  actor: Actor,
  programId: string,
  query: { page: number; pageSize: number },
): Promise<CostOverview> {
  const access = await authorize(db, actor, costAbilities.read, programId);
  const computed = await loadCosts(db, access);
  const page = await repo.costPage(db, programId, query.page, query.pageSize);
  const [invoices, settings] = await Promise.all([repo.invoicesOf(db, programId), repo.settingsOf(db, programId)]);
  return presentOverview({
    actor,
    access,
    computed,
    settings: settings ?? DEFAULT_SETTINGS,
    page: { ...page, page: query.page, pageSize: query.pageSize },
    invoices,
    seesPeople: programAbilities.people.allows(actor, access),
    can: can(actor, access, { manage: costAbilities.manage }),
  });
}

/**
 * The program-wide cost summary with every shared cost (not a page), as the viewer may see it: the
 * whole program for those who manage it, an organisation's own row and shares for its staff.
 */
export async function getSummary(db: DbOrTx, actor: Actor, programId: string): Promise<CostOverview> {
  const access = await authorize(db, actor, costAbilities.read, programId);
  const computed = await loadCosts(db, access);
  const [rows, invoices, settings] = await Promise.all([
    repo.allCosts(db, programId),
    repo.invoicesOf(db, programId),
    repo.settingsOf(db, programId),
  ]);
  return presentOverview({
    actor,
    access,
    computed,
    settings: settings ?? DEFAULT_SETTINGS,
    page: { items: rows, total: rows.length, page: 1, pageSize: Math.max(1, rows.length) },
    invoices,
    seesPeople: programAbilities.people.allows(actor, access),
    can: can(actor, access, { manage: costAbilities.manage }),
  });
}

export async function exportSummary(
  db: DbOrTx,
  actor: Actor,
  programId: string,
  format: 'csv' | 'xlsx' | 'pdf',
  locale: Locale = actor.locale,
) {
  const summary = await getSummary(db, actor, programId);
  const body =
    format === 'csv'
      ? summaryCsv(summary, locale)
      : format === 'xlsx'
        ? await summaryXlsx(summary, locale)
        : await summaryPdf(summary, locale);
  return { body, summary, name: summaryFileName(summary, locale) };
}

/** Which organisation's part the viewer asks for: their own, or any when they see the whole program. */
export async function requireOrganisationPart(db: DbOrTx, actor: Actor, programId: string, organisationId: string) {
  const access = await authorize(db, actor, costAbilities.read, programId);
  if (!access.organisationIds.includes(organisationId)) throw notFound('Organisation');
  if (!access.manage && organisationStaff(actor, access) !== organisationId)
    throw forbidden('An organisation sees its own part of the costs only');
  return access;
}

/**
 * While any organisation's share is marked invoiced, nothing that changes the shares may change
 * (decision 0126): a 409 naming `field`; the coordinator removes the mark first.
 */
async function requireNotInvoiced(tx: DbOrTx, programId: string, field: string) {
  if ((await repo.invoicedCount(tx, programId)) > 0)
    throw conflict('An organisation’s share is marked invoiced; remove the mark before changing what the shares are made of', field);
}

export async function saveSettings(m: Mutation, programId: string, input: CostSettingsInput): Promise<void> {
  const access = await authorize(m.tx, m.actor, costAbilities.manage, programId);
  const settings = costSettingsInputSchema.parse(input);
  const current = (await repo.settingsOf(m.tx, programId)) ?? DEFAULT_SETTINGS;
  if (JSON.stringify(splitKey(current)) !== JSON.stringify(splitKey(settings))) await requireNotInvoiced(m.tx, programId, 'splitRule');
  const stranger = settings.percentages.find((p) => !access.organisationIds.includes(p.organisationId));
  if (stranger) throw invalid('percentages', 'an organisation does not take part in this program');
  await repo.saveSettings(m.tx, programId, {
    splitRule: settings.splitRule,
    percentages: settings.splitRule === 'percentages' ? settings.percentages.filter((p) => p.basisPoints > 0) : [],
    withdrawalRule: settings.withdrawalRule,
    graceMonths: settings.withdrawalRule === 'free_within' ? settings.graceMonths : 0,
  });
  await m.audit({
    action: 'cost.settings',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: programId,
    data: { splitRule: settings.splitRule, withdrawalRule: settings.withdrawalRule, graceMonths: settings.graceMonths },
  });
}

export async function addCost(m: Mutation, programId: string, input: SharedCostInput): Promise<string> {
  const access = await authorize(m.tx, m.actor, costAbilities.manage, programId);
  // One program, one currency: every fee and shared cost is in the program's currency.
  if (input.currency !== access.program.currency)
    throw invalid('currency', `the program's costs are in ${access.program.currency}; one program has one currency`);
  await requireNotInvoiced(m.tx, programId, 'amount');
  const attachment = input.attachment ?? null;
  const id = await repo.insertCost(m.tx, {
    programId,
    category: input.category,
    description: input.description,
    amount: input.amount,
    vat: input.vat ?? 0,
    currency: input.currency,
    incurredOn: input.incurredOn,
    note: input.note ?? null,
    attachmentName: attachment?.name ?? null,
    attachmentType: attachment?.contentType ?? null,
    attachmentData: attachment?.data ?? null,
    createdBy: m.actor.person?.id ?? null,
  });
  await m.audit({
    action: 'cost.create',
    organisationId: access.program.ownerOrganisationId,
    entity: 'shared_cost',
    entityId: id,
    data: { programId, category: input.category, amount: input.amount, vat: input.vat ?? 0, currency: input.currency },
  });
  return id;
}

export async function deleteCost(m: Mutation, programId: string, costId: string): Promise<void> {
  const access = await authorize(m.tx, m.actor, costAbilities.manage, programId);
  if (!(await repo.findCost(m.tx, programId, costId))) throw notFound('Cost');
  await requireNotInvoiced(m.tx, programId, 'costId');
  if (!(await repo.deleteCost(m.tx, programId, costId))) throw notFound('Cost');
  await m.audit({
    action: 'cost.delete',
    organisationId: access.program.ownerOrganisationId,
    entity: 'shared_cost',
    entityId: costId,
    data: { programId },
  });
}

/** What the split depends on, to tell a change of the split from one that keeps it. */
const splitKey = (s: {
  splitRule: string;
  percentages: { organisationId: string; basisPoints: number }[];
  withdrawalRule: string;
  graceMonths: number;
}) => ({
  splitRule: s.splitRule,
  percentages:
    s.splitRule === 'percentages'
      ? [...s.percentages].filter((p) => p.basisPoints > 0).sort((a, b) => a.organisationId.localeCompare(b.organisationId))
      : [],
  withdrawalRule: s.withdrawalRule,
  graceMonths: s.withdrawalRule === 'free_within' ? s.graceMonths : 0,
});

/**
 * Changes a shared cost (decision 0126): what it is, when, the note and the attachment at any time;
 * its amount, VAT and currency only while no organisation's share is marked invoiced (409), since
 * they change every organisation's share. Audited with the fields changed and the amounts.
 */
export async function updateCost(m: Mutation, programId: string, costId: string, patch: SharedCostPatch): Promise<void> {
  const access = await authorize(m.tx, m.actor, costAbilities.manage, programId);
  const cost = await repo.findCost(m.tx, programId, costId);
  if (!cost) throw notFound('Cost');
  if (patch.currency !== undefined && patch.currency !== access.program.currency)
    throw invalid('currency', `the program's costs are in ${access.program.currency}; one program has one currency`);
  const changed = (['amount', 'vat'] as const).find((k) => patch[k] !== undefined && patch[k] !== cost[k]);
  if (changed) await requireNotInvoiced(m.tx, programId, changed);
  const values: Parameters<typeof repo.updateCost>[3] = {};
  if (patch.category !== undefined) values.category = patch.category;
  if (patch.description !== undefined) values.description = patch.description;
  if (patch.amount !== undefined) values.amount = patch.amount;
  if (patch.vat !== undefined) values.vat = patch.vat;
  if (patch.incurredOn !== undefined) values.incurredOn = patch.incurredOn;
  if (patch.note !== undefined) values.note = patch.note;
  if (patch.attachment !== undefined) {
    values.attachmentName = patch.attachment?.name ?? null;
    values.attachmentType = patch.attachment?.contentType ?? null;
    values.attachmentData = patch.attachment?.data ?? null;
  }
  if (Object.keys(values).length > 0) await repo.updateCost(m.tx, programId, costId, values);
  await m.audit({
    action: 'cost.update',
    organisationId: access.program.ownerOrganisationId,
    entity: 'shared_cost',
    entityId: costId,
    data: {
      programId,
      fields: Object.keys(values),
      ...(values.amount !== undefined ? { amount: [cost.amount, values.amount] } : {}),
      ...(values.vat !== undefined ? { vat: [cost.vat, values.vat] } : {}),
    },
  });
}

export async function markInvoiced(m: Mutation, programId: string, organisationId: string, input: InvoiceInput): Promise<void> {
  const access = await authorize(m.tx, m.actor, costAbilities.manage, programId);
  if (!access.organisationIds.includes(organisationId))
    throw invalid('organisationId', 'the organisation does not take part in this program');
  await repo.saveInvoice(m.tx, {
    programId,
    organisationId,
    invoicedOn: input.invoicedOn,
    reference: input.reference,
    markedBy: m.actor.person?.id ?? null,
  });
  await m.audit({
    action: 'cost.invoiced',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: programId,
    data: { organisationId, invoicedOn: input.invoicedOn },
  });
}

export async function unmarkInvoiced(m: Mutation, programId: string, organisationId: string): Promise<void> {
  const access = await authorize(m.tx, m.actor, costAbilities.manage, programId);
  if (!(await repo.deleteInvoice(m.tx, programId, organisationId))) throw notFound('Invoice');
  await m.audit({
    action: 'cost.uninvoiced',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program',
    entityId: programId,
    data: { organisationId },
  });
}

/**
 * An organisation's own cap of places (at most N of its staff as adepts): set by its own
 * administrators and coordinators, or by those who manage the program. A cap below the adepts
 * already accepted is refused.
 */
export async function setAdeptCap(m: Mutation, programId: string, organisationId: string, input: AdeptCapInput): Promise<void> {
  const access = await authorize(m.tx, m.actor, costAbilities.read, programId);
  if (!access.organisationIds.includes(organisationId)) throw notFound('Organisation');
  if (!access.manage && organisationStaff(m.actor, access) !== organisationId)
    throw forbidden('An organisation sets its own cap of places only');
  // Checked against the accepted adepts after any decision running now has committed (decision 0200).
  await lockPlaces(m.tx, programId);
  await repo.setAdeptCap(m.tx, programId, organisationId, input.adeptCap);
  await checkAdeptCaps(m.tx, programId, 'adeptCap');
  await m.audit({ action: 'cost.adeptCap', organisationId, entity: 'program', entityId: programId, data: { adeptCap: input.adeptCap } });
}

/**
 * Refuses (409, rolling the transaction back) when an organisation has more adepts accepted than
 * its own cap allows; called after a change that accepts adepts or lowers a cap.
 */
export async function checkAdeptCaps(tx: DbOrTx, programId: string, field = 'applicationIds'): Promise<void> {
  const over = await repo.organisationsOverCap(tx, programId);
  if (over.length > 0) throw conflict(`An organisation's cap of ${over[0]!.cap} adepts would be exceeded`, field);
}

/**
 * How many more adepts each organisation with its own cap may have accepted in the program (negative:
 * over its cap); an organisation without a cap is not in the map. For filling many places at once.
 */
export async function adeptRoom(tx: DbOrTx, programId: string): Promise<Map<string, number>> {
  return new Map((await repo.adeptCaps(tx, programId)).map((r) => [r.organisationId, r.cap - r.accepted]));
}

/** One organisation's invoice basis (its part and its share of every shared cost), for the files. */
export async function getBasis(db: DbOrTx, actor: Actor, programId: string, organisationId: string): Promise<Basis> {
  const access = await requireOrganisationPart(db, actor, programId, organisationId);
  const computed = await loadCosts(db, access);
  const index = computed.organisations.findIndex((o) => o.organisationId === organisationId);
  const organisation = computed.organisations[index]!;
  const [invoices, rows, settings] = await Promise.all([
    repo.invoicesOf(db, programId),
    repo.allCosts(db, programId),
    repo.settingsOf(db, programId),
  ]);
  const own = organisationStaff(actor, access) === organisationId;
  const showNames = own || (access.manage && programAbilities.people.allows(actor, access));
  return {
    programName: access.program.name,
    organiserName: access.ownerOrganisationName,
    splitRule: (settings ?? DEFAULT_SETTINGS).splitRule,
    organisation: presentOrganisation(
      organisation,
      access.program.currency,
      invoices.find((i) => i.organisationId === organisationId),
      showNames,
    ),
    costs: rows.map((row) => {
      const cost = presentCost(row, computed, index);
      return { ...cost, share: cost.share! };
    }),
  };
}

export async function exportBasis(
  db: DbOrTx,
  actor: Actor,
  programId: string,
  organisationId: string,
  format: 'csv' | 'xlsx' | 'pdf',
  locale: Locale = actor.locale,
) {
  const basis = await getBasis(db, actor, programId, organisationId);
  const body =
    format === 'csv' ? basisCsv(basis, locale) : format === 'xlsx' ? await basisXlsx(basis, locale) : await basisPdf(basis, locale);
  return { body, basis, name: basisFileName(basis, locale) };
}

/** A shared cost's attachment: for those who manage the program. */
export async function getAttachment(db: DbOrTx, actor: Actor, programId: string, costId: string) {
  await authorize(db, actor, costAbilities.manage, programId);
  const row = await repo.attachmentOf(db, programId, costId);
  if (!row?.data || !row.name || !row.contentType) throw notFound('Attachment');
  return { name: row.name, contentType: row.contentType, body: Buffer.from(row.data, 'base64') };
}
