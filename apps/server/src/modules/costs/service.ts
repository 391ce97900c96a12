import type { DbOrTx } from '@lots/db';
import type { AdeptCapInput, CostOverview, Locale, CostSettingsInput, InvoiceInput, SharedCostInput } from '@lots/core';
import { costSettingsInputSchema } from '@lots/core';
import type { Actor } from '../../platform/actor';
import { authorize, can } from '../../platform/authorize';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { programAbilities } from '../programs';
import { computeCosts, DEFAULT_SETTINGS, type ComputedCosts } from './compute';
import { costAbilities, organisationStaff, type CostAccess } from './policy';
import { basisCsv, basisPdf, basisXlsx, type Basis } from './export';
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

/** Which organisation's part the viewer asks for: their own, or any when they see the whole program. */
export async function requireOrganisationPart(db: DbOrTx, actor: Actor, programId: string, organisationId: string) {
  const access = await authorize(db, actor, costAbilities.read, programId);
  if (!access.organisationIds.includes(organisationId)) throw notFound('Organisation');
  if (!access.manage && organisationStaff(actor, access) !== organisationId)
    throw forbidden('An organisation sees its own part of the costs only');
  return access;
}

export async function saveSettings(m: Mutation, programId: string, input: CostSettingsInput): Promise<void> {
  const access = await authorize(m.tx, m.actor, costAbilities.manage, programId);
  const settings = costSettingsInputSchema.parse(input);
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
  if (!(await repo.deleteCost(m.tx, programId, costId))) throw notFound('Cost');
  await m.audit({
    action: 'cost.delete',
    organisationId: access.program.ownerOrganisationId,
    entity: 'shared_cost',
    entityId: costId,
    data: { programId },
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
  return { body, basis };
}

/** A shared cost's attachment: for those who manage the program. */
export async function getAttachment(db: DbOrTx, actor: Actor, programId: string, costId: string) {
  await authorize(db, actor, costAbilities.manage, programId);
  const row = await repo.attachmentOf(db, programId, costId);
  if (!row?.data || !row.name || !row.contentType) throw notFound('Attachment');
  return { name: row.name, contentType: row.contentType, body: Buffer.from(row.data, 'base64') };
}
