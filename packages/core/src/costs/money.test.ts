import { describe, expect, it } from 'vitest';
import { amountToInput, formatMoney, parseAmount, splitLargestRemainder } from './money';
import { addMonths, costPerOutcome, countsForFees, splitShares, SPLIT_RULES, type SplitParty } from './rules';

/** A small deterministic generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('splitLargestRemainder', () => {
  it('splits 100 öre three ways as 34 + 33 + 33, the extra unit to the first of equal remainders', () => {
    expect(splitLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitLargestRemainder(200, [1, 1, 1])).toEqual([67, 67, 66]);
  });

  it('gives the leftover units to the largest remainders', () => {
    // exact shares 1.5, 2.5, 6 → floors 1, 2, 6 (9), one unit left: remainders .5 and .5 → the first
    expect(splitLargestRemainder(10, [3, 5, 12])).toEqual([2, 2, 6]);
    // 7 by 1:2:4 → exactly 1, 2, 4
    expect(splitLargestRemainder(7, [1, 2, 4])).toEqual([1, 2, 4]);
    // 10 by 1:1:1:7 → 1, 1, 1, 7
    expect(splitLargestRemainder(10, [1, 1, 1, 7])).toEqual([1, 1, 1, 7]);
    // 5 by 2:3 with remainder .0 → exact
    expect(splitLargestRemainder(5, [2, 3])).toEqual([2, 3]);
  });

  it('returns null when there is nothing to split by, zeros when there is nothing to split', () => {
    expect(splitLargestRemainder(100, [0, 0])).toBeNull();
    expect(splitLargestRemainder(100, [])).toBeNull();
    expect(splitLargestRemainder(0, [0, 0])).toEqual([0, 0]);
  });

  it('refuses fractional totals and negative weights', () => {
    expect(() => splitLargestRemainder(10.5, [1])).toThrow(RangeError);
    expect(() => splitLargestRemainder(10, [1, -1])).toThrow(RangeError);
  });

  it('property: shares add up to the total, stay within one unit of the exact share, weight 0 gets 0, order-stable', () => {
    const next = random(12);
    for (let run = 0; run < 2000; run++) {
      const n = 1 + Math.floor(next() * 12);
      const weights: number[] = Array.from({ length: n }, () => (next() < 0.2 ? 0 : Math.floor(next() * 50)));
      if (!weights.some((w) => w > 0)) weights[0] = 1;
      const total = Math.floor(next() * 10_000_000);
      const shares = splitLargestRemainder(total, weights)!;
      const sum = weights.reduce((a, b) => a + b, 0);
      expect(
        shares.reduce((a, b) => a + b, 0),
        `run ${run}`,
      ).toBe(total);
      shares.forEach((s, i) => {
        expect(Number.isInteger(s)).toBe(true);
        const exact = (total * weights[i]!) / sum;
        expect(Math.abs(s - exact)).toBeLessThan(1);
        if (weights[i] === 0) expect(s).toBe(0);
      });
      expect(splitLargestRemainder(total, weights)).toEqual(shares);
    }
  });

  it('property: a larger weight never gets a smaller share', () => {
    const next = random(7);
    for (let run = 0; run < 1000; run++) {
      const weights = Array.from({ length: 2 + Math.floor(next() * 6) }, () => 1 + Math.floor(next() * 9));
      const shares = splitLargestRemainder(Math.floor(next() * 100_000), weights)!;
      for (let i = 0; i < weights.length; i++)
        for (let j = 0; j < weights.length; j++) if (weights[i]! > weights[j]!) expect(shares[i]).toBeGreaterThanOrEqual(shares[j]!);
    }
  });

  it('is exact for totals near the largest amount (no floating-point drift)', () => {
    const total = 1_000_000_000 * 50;
    const shares = splitLargestRemainder(total, [3, 3, 3, 1])!;
    expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
    expect(shares).toEqual([15_000_000_000, 15_000_000_000, 15_000_000_000, 5_000_000_000]);
  });
});

describe('splitShares', () => {
  const parties: SplitParty[] = [
    { organisationId: 'a', owner: true, adepts: 0, participants: 2, basisPoints: 5000 },
    { organisationId: 'b', owner: false, adepts: 3, participants: 4, basisPoints: 3000 },
    { organisationId: 'c', owner: false, adepts: 1, participants: 1, basisPoints: 2000 },
  ];

  it('splits by every rule', () => {
    expect(splitShares('per_participant', 70_000, parties)).toEqual([20_000, 40_000, 10_000]);
    expect(splitShares('per_adept', 100_001, parties)).toEqual([0, 75_001, 25_000]);
    expect(splitShares('equal', 100_000, parties)).toEqual([33_334, 33_333, 33_333]);
    expect(splitShares('percentages', 100_001, parties)).toEqual([50_001, 30_000, 20_000]);
    expect(splitShares('owner', 100_001, parties)).toEqual([100_001, 0, 0]);
  });

  it('lets the owner carry a cost nobody can be found for', () => {
    const none = parties.map((p) => ({ ...p, adepts: 0 }));
    expect(splitShares('per_adept', 9_999, none)).toEqual([9_999, 0, 0]);
  });

  it('property: every rule adds up to the total', () => {
    const next = random(99);
    for (let run = 0; run < 500; run++) {
      const n = 1 + Math.floor(next() * 8);
      const random_parties = Array.from({ length: n }, (_, i) => ({
        organisationId: String(i),
        owner: i === 0,
        adepts: Math.floor(next() * 5),
        participants: Math.floor(next() * 9),
        basisPoints: 0,
      }));
      random_parties[0]!.basisPoints = 10_000;
      const total = Math.floor(next() * 5_000_000);
      for (const rule of SPLIT_RULES) expect(splitShares(rule, total, random_parties).reduce((a, b) => a + b, 0)).toBe(total);
    }
  });
});

describe('withdrawal rule', () => {
  it('counts everyone under `full`; under `free_within` not those who left within the grace months', () => {
    expect(countsForFees('2026-02-10', '2026-01-15', 'full', 2)).toBe(true);
    // leaves in month 2 of a program starting 15 January, two months free: costs nothing
    expect(countsForFees('2026-03-14', '2026-01-15', 'free_within', 2)).toBe(false);
    expect(countsForFees('2026-03-15', '2026-01-15', 'free_within', 2)).toBe(true);
    expect(countsForFees(null, '2026-01-15', 'free_within', 2)).toBe(true);
    expect(countsForFees('2025-12-01', null, 'free_within', 2)).toBe(true);
  });

  it('adds months, clamped to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
});

describe('money for people', () => {
  it('reads typed amounts into minor units and refuses anything else', () => {
    expect(parseAmount('12 500,50')).toBe(1_250_050);
    expect(parseAmount('12500.5')).toBe(1_250_050);
    expect(parseAmount('6\u00a0000')).toBe(600_000);
    expect(parseAmount('0,05')).toBe(5);
    for (const bad of ['', '12,505', '-5', '1e3', 'abc', '12,5,0']) expect(parseAmount(bad), bad).toBeNull();
    expect(amountToInput(1_250_050, 'sv')).toBe('12500,50');
    expect(amountToInput(5, 'en')).toBe('0.05');
  });

  it('formats in the reader’s locale with the currency', () => {
    expect(formatMoney(1_250_050, 'SEK', 'sv').replace(/\s/g, ' ')).toBe('12 500,50 kr');
    expect(formatMoney(1_250_050, 'NOK', 'en').replace(/\s/g, ' ')).toBe('NOK 12,500.50');
  });

  it('cost per outcome divides honestly and says nothing when there is nothing to divide by', () => {
    expect(costPerOutcome(600_000, { participants: 4, completedPairs: 0, hours: 30 })).toEqual({
      perParticipant: 150_000,
      perCompletedPair: null,
      perHour: 20_000,
    });
  });
});
