import { costPerOutcome, countsForFees, majorToMinor, splitShares, type CostOutcome, type CostSettings, type SplitParty } from '@lots/core';
import type * as repo from './repository';

type Organisation = Awaited<ReturnType<typeof repo.participatingOrganisations>>[number];
type Participant = Awaited<ReturnType<typeof repo.acceptedParticipants>>[number];
type Pair = Awaited<ReturnType<typeof repo.pairsOf>>[number];

export const DEFAULT_SETTINGS: CostSettings = { splitRule: 'per_participant', percentages: [], withdrawalRule: 'full', graceMonths: 0 };

export interface ComputedParticipant {
  personId: string;
  name: string;
  organisationId: string;
  role: 'adept' | 'mentor';
  leftOn: string | null;
  counts: boolean;
  fee: number;
}

export interface ComputedOrganisation {
  organisationId: string;
  organisationName: string;
  owner: boolean;
  adeptCap: number | null;
  adepts: number;
  mentors: number;
  participants: ComputedParticipant[];
  fees: number;
  sharedAmount: number;
  sharedVat: number;
  total: number;
  basisPoints: number | null;
}

export interface ComputedCosts {
  organisations: ComputedOrganisation[];
  /** Per shared cost: each organisation's share (net, VAT), in the order of `organisations`. */
  shares: Map<string, { amount: number[]; vat: number[] }>;
  totals: { fees: number; sharedAmount: number; sharedVat: number; total: number };
  outcome: CostOutcome;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * When an accepted participant left: the day their application was withdrawn, or the day they
 * ended their last mentorship themselves (a pair ended by the other party, or by the program,
 * is not their leaving). Null while they take part.
 */
function leftOn(participant: Participant, pairs: Pair[]): string | null {
  if (participant.status === 'withdrawn') return day(participant.updatedAt);
  const own = pairs.filter((p) =>
    participant.role === 'adept' ? p.adeptApplicationId === participant.applicationId : p.mentorApplicationId === participant.applicationId,
  );
  if (own.length === 0 || own.some((p) => p.status !== 'ended' || p.endedBy !== participant.role)) return null;
  return day(new Date(Math.max(...own.map((p) => p.endedAt?.getTime() ?? 0))));
}

/**
 * A program's costs for every participating organisation: fees for the participants that count
 * (accepted, and under the withdrawal rule), and each shared cost split by the agreed rule —
 * item by item with the largest-remainder split, so every cost's shares add up to the cost and the
 * organisations' totals add up to the program's total (decision 0120).
 */
export function computeCosts(input: {
  program: {
    ownerOrganisationId: string;
    startsOn: string | null;
    feePerAdept: number;
    feePerMentor: number;
    status: string;
  };
  organisations: Organisation[];
  settings: CostSettings;
  participants: Participant[];
  pairs: Pair[];
  costs: { id: string; amount: number; vat: number }[];
  minutes: number;
}): ComputedCosts {
  const { program, settings } = input;
  const fee = { adept: majorToMinor(program.feePerAdept), mentor: majorToMinor(program.feePerMentor) };
  const byOrg = new Map<string, ComputedParticipant[]>();
  for (const p of input.participants) {
    const left = leftOn(p, input.pairs);
    const counts = countsForFees(left, program.startsOn, settings.withdrawalRule, settings.graceMonths);
    const list = byOrg.get(p.organisationId) ?? byOrg.set(p.organisationId, []).get(p.organisationId)!;
    list.push({
      personId: p.personId,
      name: p.name,
      organisationId: p.organisationId,
      role: p.role,
      leftOn: left,
      counts,
      fee: counts ? fee[p.role] : 0,
    });
  }
  const percent = new Map(settings.percentages.map((p) => [p.organisationId, p.basisPoints]));
  const organisations: ComputedOrganisation[] = input.organisations.map((o) => {
    const participants = byOrg.get(o.id) ?? [];
    const counted = participants.filter((p) => p.counts);
    return {
      organisationId: o.id,
      organisationName: o.name,
      owner: o.id === program.ownerOrganisationId,
      adeptCap: o.adeptCap,
      adepts: counted.filter((p) => p.role === 'adept').length,
      mentors: counted.filter((p) => p.role === 'mentor').length,
      participants,
      fees: counted.reduce((a, p) => a + p.fee, 0),
      sharedAmount: 0,
      sharedVat: 0,
      total: 0,
      basisPoints: settings.splitRule === 'percentages' ? (percent.get(o.id) ?? 0) : null,
    };
  });
  // Equal shares are between the organisations whose staff take part: a network that owns the
  // program has no staff of its own and organises rather than takes part.
  const parties: SplitParty[] = organisations.map((o) => ({
    organisationId: o.organisationId,
    owner: o.owner,
    adepts: o.adepts,
    participants: o.adepts + o.mentors,
    basisPoints: o.basisPoints ?? 0,
  }));
  const kinds = new Map(input.organisations.map((o) => [o.id, o.kind]));
  const equalParties = parties.map((p) => ({ ...p, participants: p.owner && kinds.get(p.organisationId) === 'network' ? 0 : 1 }));
  const split = (total: number) =>
    settings.splitRule === 'equal' ? splitShares('per_participant', total, equalParties) : splitShares(settings.splitRule, total, parties);
  const shares = new Map<string, { amount: number[]; vat: number[] }>();
  for (const cost of input.costs) {
    const amount = split(cost.amount);
    const vat = split(cost.vat);
    shares.set(cost.id, { amount, vat });
    organisations.forEach((o, i) => {
      o.sharedAmount += amount[i]!;
      o.sharedVat += vat[i]!;
    });
  }
  for (const o of organisations) o.total = o.fees + o.sharedAmount + o.sharedVat;
  const totals = {
    fees: organisations.reduce((a, o) => a + o.fees, 0),
    sharedAmount: input.costs.reduce((a, c) => a + c.amount, 0),
    sharedVat: input.costs.reduce((a, c) => a + c.vat, 0),
    total: 0,
  };
  totals.total = totals.fees + totals.sharedAmount + totals.sharedVat;
  const closed = ['closed', 'archived'].includes(program.status);
  const completedPairs = input.pairs.filter(
    (p) => (p.status === 'ended' && p.endedBy === 'program') || (closed && p.status === 'active'),
  ).length;
  const participants = organisations.reduce((a, o) => a + o.adepts + o.mentors, 0);
  const hours = Math.round((input.minutes / 60) * 10) / 10;
  return {
    organisations,
    shares,
    totals,
    outcome: {
      total: totals.total,
      participants,
      completedPairs,
      hours,
      ...costPerOutcome(totals.total, { participants, completedPairs, hours }),
    },
  };
}
