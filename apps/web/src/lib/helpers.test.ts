import { describe, expect, it } from 'vitest';
import { safeRedirect } from './redirect';
import { buildTree, flatten, indentLabel, subtreeIds } from './tree';
import { CSV_TYPE, XLSX_TYPE, importContentType } from './upload';
import { collect, email, password, required } from './validate';

describe('validate', () => {
  it('checks required, e-mail and password length', () => {
    expect(required('  ')).toBe('common:errors.required');
    expect(required('x')).toBeUndefined();
    expect(email('anna@tull.se')).toBeUndefined();
    expect(email('anna@')).toBe('common:errors.email');
    expect(email('', { optional: true })).toBeUndefined();
    expect(password('short')).toBe('common:errors.passwordLength');
    expect(password('long enough!')).toBeUndefined();
    expect(collect({ a: undefined, b: 'common:errors.required' })).toEqual({ b: 'common:errors.required' });
  });
});

describe('safeRedirect', () => {
  it('only allows same-site paths', () => {
    expect(safeRedirect('/profile?x=1')).toBe('/profile?x=1');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
    expect(safeRedirect('/sign-in')).toBe('/');
  });
});

describe('unit tree', () => {
  const units = [
    { id: 'b', parentId: null, name: 'Ekonomi' },
    { id: 'a', parentId: null, name: 'HR' },
    { id: 'c', parentId: 'a', name: 'Rekrytering' },
    { id: 'd', parentId: 'c', name: 'Chefsrekrytering' },
    { id: 'e', parentId: 'missing', name: 'Orphan' },
    { id: 'x', parentId: 'y', name: 'Cycle X' },
    { id: 'y', parentId: 'x', name: 'Cycle Y' },
  ];

  it('nests by parent, sorts by name, and never loses a unit', () => {
    const order = flatten(buildTree(units)).map((n) => `${n.depth}:${n.item.name}`);
    expect(order.slice(0, 4)).toEqual(['0:Cycle X', '0:Cycle Y', '0:Ekonomi', '0:HR']);
    expect(order).toContain('1:Rekrytering');
    expect(order).toContain('2:Chefsrekrytering');
    expect(order).toContain('0:Orphan');
    expect(order).toHaveLength(units.length);
  });

  it('finds a unit and everything under it', () => {
    expect([...subtreeIds(units, 'a')].sort()).toEqual(['a', 'c', 'd']);
  });

  it('indents option labels', () => {
    expect(indentLabel('HR', 0)).toBe('HR');
    expect(indentLabel('Sektion', 2)).toBe('\u2014 \u2014 Sektion');
  });
});

describe('importContentType', () => {
  it('picks the content type from the file name', () => {
    expect(importContentType({ name: 'people.CSV' })).toBe(CSV_TYPE);
    expect(importContentType({ name: 'people.xlsx', type: '' })).toBe(XLSX_TYPE);
    expect(importContentType({ name: 'people', type: CSV_TYPE })).toBe(CSV_TYPE);
    expect(importContentType({ name: 'people.pdf', type: 'application/pdf' })).toBeUndefined();
  });
});
