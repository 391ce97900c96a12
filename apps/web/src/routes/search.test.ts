import { describe, expect, it } from 'vitest';
import { toPersonInput } from '../features/people';
import { outboxSearch, peopleSearch, programListSearch, registerSearch, resetSearch, reviewSearch, signInSearch } from './search';

describe('search params', () => {
  it('keeps only known values', () => {
    expect(peopleSearch({ q: 'anna', role: 'mentor', page: '2', unitId: '' })).toEqual({
      q: 'anna',
      role: undefined,
      page: 2,
      unitId: undefined,
    });
    expect(peopleSearch({ role: 'coordinator', page: 1 })).toMatchObject({ role: 'coordinator', page: undefined });
    expect(signInSearch({ notice: 'password-changed', redirect: '/profile' })).toMatchObject({
      notice: 'password-changed',
      redirect: '/profile',
    });
    expect(signInSearch({ notice: 'other' }).notice).toBeUndefined();
    expect(resetSearch({ token: 'abc' })).toEqual({ token: 'abc', error: undefined });
  });

  it('drops malformed values instead of failing, and unknown keys', () => {
    expect(reviewSearch({ role: 'adept', status: 'nonsense', sort: 'name', q: '  ', extra: 'x' })).toEqual({
      role: 'adept',
      status: undefined,
      eligibility: undefined,
      confirmation: undefined,
      q: undefined,
      sort: 'name',
    });
    expect(registerSearch({ freeCapacity: 'true', programId: 42 })).toMatchObject({ freeCapacity: true, programId: '42' });
    expect(registerSearch({ freeCapacity: 'yes' }).freeCapacity).toBeUndefined();
    // The register's and the Outbox's order and page: their own columns only, a page beyond the first.
    expect(registerSearch({ sort: 'freeCapacity', dir: 'desc', page: '3', organisationId: 'o1' })).toMatchObject({
      sort: 'freeCapacity',
      dir: 'desc',
      page: 3,
      organisationId: 'o1',
    });
    expect(registerSearch({ sort: 'email', dir: 'up', page: '0' })).toMatchObject({ sort: undefined, dir: undefined, page: undefined });
    expect(outboxSearch({ status: 'failed', sort: 'to', q: 'anna', page: '2' })).toEqual({
      status: 'failed',
      sort: 'to',
      dir: undefined,
      q: 'anna',
      page: 2,
    });
    expect(outboxSearch({ status: 'lost', sort: 'subject' })).toMatchObject({ status: undefined, sort: undefined });
    expect(
      programListSearch({
        status: 'running',
        type: 'reverse',
        managed: 'true',
        sort: 'applicationClosesOn',
        dir: 'asc',
        q: 'chef',
        page: 2,
      }),
    ).toEqual({
      status: 'running',
      type: 'reverse',
      managed: true,
      sort: 'applicationClosesOn',
      dir: 'asc',
      q: 'chef',
      page: 2,
    });
    expect(programListSearch({ status: 'finished', type: 'other', managed: 'yes', sort: 'owner' })).toMatchObject({
      status: undefined,
      type: undefined,
      managed: undefined,
      sort: undefined,
    });
  });
});

describe('toPersonInput', () => {
  const base = { name: ' Anna ', email: ' anna@tull.se ', title: '', unitId: '', managerId: '', managerEmail: '' };

  it('trims, nulls empty optionals and clears the manager', () => {
    expect(toPersonInput(base, ['participant'])).toEqual({
      name: 'Anna',
      email: 'anna@tull.se',
      title: null,
      unitId: null,
      roles: ['participant'],
      managerId: null,
      managerEmail: null,
    });
  });

  it('prefers the manager picked from the list over the e-mail', () => {
    expect(toPersonInput({ ...base, managerId: 'm1', managerEmail: 'x@y.se' }, ['coordinator'])).toMatchObject({ managerId: 'm1' });
    expect(toPersonInput({ ...base, managerId: 'm1', managerEmail: 'x@y.se' }, ['coordinator'])).not.toHaveProperty('managerEmail');
    expect(toPersonInput({ ...base, managerEmail: ' boss@tull.se ' }, ['coordinator'])).toMatchObject({ managerEmail: 'boss@tull.se' });
  });
});
