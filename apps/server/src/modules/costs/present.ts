import type { CostOverview, CostSettings, OrganisationCost, SharedCost } from '@lots/core';
import type { Actor } from '../../platform/actor';
import type { CostAccess } from './policy';
import type { ComputedCosts, ComputedOrganisation } from './compute';
import { organisationStaff } from './policy';
import type * as repo from './repository';

type Invoice = Awaited<ReturnType<typeof repo.invoicesOf>>[number];
type CostRow = Awaited<ReturnType<typeof repo.costPage>>['items'][number];

/**
 * One organisation's part. Names only of the viewer's own organisation's staff, or for those who
 * see the program's people (decision 0011 still holds: in a special-category program, its listed
 * coordinators only).
 */
export function presentOrganisation(
  o: ComputedOrganisation,
  currency: OrganisationCost['currency'],
  invoice: Invoice | undefined,
  showNames: boolean,
): OrganisationCost {
  return {
    organisationId: o.organisationId,
    organisationName: o.organisationName,
    owner: o.owner,
    adeptCap: o.adeptCap,
    adepts: o.adepts,
    mentors: o.mentors,
    participants: o.participants.map((p) => ({
      name: showNames ? p.name : null,
      role: p.role,
      leftOn: p.leftOn,
      counts: p.counts,
      fee: p.fee,
    })),
    fees: o.fees,
    sharedAmount: o.sharedAmount,
    sharedVat: o.sharedVat,
    total: o.total,
    currency,
    basisPoints: o.basisPoints,
    invoice: invoice ? { invoicedOn: invoice.invoicedOn, reference: invoice.reference } : null,
  };
}

/** A shared cost: the whole amount for those who see the whole program, only their own share for an organisation's staff. */
export function presentCost(row: CostRow, computed: ComputedCosts, ownIndex: number | null): SharedCost {
  const shares = computed.shares.get(row.id);
  return {
    id: row.id,
    category: row.category,
    description: row.description,
    amount: ownIndex === null ? row.amount : null,
    vat: ownIndex === null ? row.vat : null,
    share: ownIndex === null ? null : { amount: shares?.amount[ownIndex] ?? 0, vat: shares?.vat[ownIndex] ?? 0 },
    currency: row.currency,
    incurredOn: row.incurredOn,
    note: row.note,
    attachment:
      row.attachmentName && row.attachmentType
        ? { name: row.attachmentName, contentType: row.attachmentType, size: row.attachmentSize ?? 0 }
        : null,
  };
}

export function presentOverview(input: {
  actor: Actor;
  access: CostAccess;
  computed: ComputedCosts;
  settings: CostSettings;
  page: { items: CostRow[]; total: number; page: number; pageSize: number };
  invoices: Invoice[];
  seesPeople: boolean;
  can: CostOverview['can'];
}): CostOverview {
  const { actor, access, computed } = input;
  const program = access.program;
  const whole = access.manage;
  const own = organisationStaff(actor, access);
  const ownIndex = whole ? null : computed.organisations.findIndex((o) => o.organisationId === own);
  const invoices = new Map(input.invoices.map((i) => [i.organisationId, i]));
  const visible = whole ? computed.organisations : computed.organisations.filter((o) => o.organisationId === own);
  return {
    programId: program.id,
    programName: program.name,
    organiserName: access.ownerOrganisationName,
    currency: program.currency,
    startsOn: program.startsOn,
    feePerAdept: program.feePerAdept * 100,
    feePerMentor: program.feePerMentor * 100,
    // An organisation's staff see the rule and their own agreed percentage, not the others'.
    settings: whole
      ? input.settings
      : { ...input.settings, percentages: input.settings.percentages.filter((p) => p.organisationId === own) },
    sharedCosts: {
      items: input.page.items.map((row) => presentCost(row, computed, ownIndex)),
      total: input.page.total,
      page: input.page.page,
      pageSize: input.page.pageSize,
    },
    organisations: visible.map((o) =>
      presentOrganisation(o, program.currency, invoices.get(o.organisationId), o.organisationId === own || (whole && input.seesPeople)),
    ),
    programTotals: whole ? computed.totals : null,
    outcome: whole ? computed.outcome : null,
    can: input.can,
  };
}
