import { describe, expect, it } from 'vitest';
import { issuesOf, rulesOf } from '../__fixtures__/issues-of.ts';
import { contactObjectSchema, contactsSchema } from './contact-object.ts';

const name = { formatted_name: 'Ana Lima', first_name: 'Ana' };

describe('contacts', () => {
  it('R-CONT-1 accepts an array of contacts and rejects an empty array or a bare object (C-8)', () => {
    expect(issuesOf(contactsSchema, [{ name }, { name }])).toEqual([]);
    expect(rulesOf(contactsSchema, [])).toEqual(['$ [R-CONT-1]']);
    expect(issuesOf(contactsSchema, { name })).toHaveLength(1);
  });

  it('R-CONT-2 requires name', () => {
    expect(rulesOf(contactObjectSchema, { birthday: '2000-01-31' })).toEqual(['$.name [R-CONT-2]']);
  });

  it('R-CONT-3 requires name.formatted_name', () => {
    expect(rulesOf(contactObjectSchema, { name: { first_name: 'Ana' } })).toEqual([
      '$.name.formatted_name [R-CONT-3]',
    ]);
  });

  it.each(['first_name', 'last_name', 'middle_name', 'suffix', 'prefix'])(
    'R-CONT-4 accepts formatted_name with %s',
    (part) => {
      expect(issuesOf(contactObjectSchema, { name: { formatted_name: 'X', [part]: 'Y' } })).toEqual([]);
    },
  );

  it('R-CONT-4 rejects formatted_name alone', () => {
    expect(issuesOf(contactObjectSchema, { name: { formatted_name: 'Ana Lima' } })).toEqual([
      {
        path: '$.name',
        rule: 'R-CONT-4',
        message:
          'needs at least one of first_name, last_name, middle_name, suffix or prefix besides formatted_name',
      },
    ]);
  });

  it.each([
    ['2000-01-31', true],
    ['1999-12-01', true],
    ['2000-1-31', false],
    ['31.01.2000', false],
    ['2000-13-01', false],
    ['2000-00-10', false],
    ['2000-01-32', false],
    ['birthday', false],
  ])('R-CONT-5 birthday %s accepted: %s', (birthday, accepted) => {
    expect(rulesOf(contactObjectSchema, { name, birthday })).toEqual(
      accepted ? [] : ['$.birthday [R-CONT-5]'],
    );
  });

  it('R-CONT-6 accepts an address with every field and rejects unknown address fields', () => {
    const address = {
      street: '1 Main St',
      city: 'Springfield',
      state: 'IL',
      zip: '62701',
      country: 'United States',
      country_code: 'US',
      type: 'HOME',
    };
    expect(issuesOf(contactObjectSchema, { name, addresses: [address] })).toEqual([]);
    expect(issuesOf(contactObjectSchema, { name, addresses: [{ ...address, province: 'x' }] })).toEqual([
      { path: '$.addresses[0].province', message: 'is not a known field here (check its spelling)' },
    ]);
  });

  it.each([
    ['US', true],
    ['de', true],
    ['USA', false],
    ['U', false],
    ['code', false],
    ['1A', false],
  ])('R-CONT-7 country_code %s accepted: %s', (code, accepted) => {
    expect(rulesOf(contactObjectSchema, { name, addresses: [{ country_code: code }] })).toEqual(
      accepted ? [] : ['$.addresses[0].country_code [R-CONT-7]'],
    );
  });

  it.each(['HOME', 'WORK', "Contact's Address Type"])(
    'R-CONT-8 accepts the type %j (standard values are suggestions, D-9)',
    (type) => {
      expect(
        issuesOf(contactObjectSchema, { name, addresses: [{ type }], emails: [{ type }], urls: [{ type }] }),
      ).toEqual([]);
    },
  );

  it('R-CONT-8 rejects a non-string type', () => {
    expect(issuesOf(contactObjectSchema, { name, emails: [{ type: 1 }] })).toHaveLength(1);
  });

  it('R-CONT-9 accepts emails entries and rejects an unknown field', () => {
    expect(
      issuesOf(contactObjectSchema, { name, emails: [{ email: 'a@example.com', type: 'WORK' }, {}] }),
    ).toEqual([]);
    expect(issuesOf(contactObjectSchema, { name, emails: [{ mail: 'a@example.com' }] })).toHaveLength(1);
  });

  it('R-CONT-10 accepts phones with wa_id and rejects the misspelled wa-id (C-7)', () => {
    const phone = { phone: '+1 555 0100', type: 'CELL', wa_id: '15550100' };
    expect(issuesOf(contactObjectSchema, { name, phones: [phone, { type: 'IPHONE' }] })).toEqual([]);
    expect(issuesOf(contactObjectSchema, { name, phones: [{ 'wa-id': '1' }] })).toEqual([
      { path: '$.phones[0]["wa-id"]', message: 'is not a known field here; did you mean "wa_id"?' },
    ]);
  });

  it('R-CONT-11 accepts urls entries and rejects an unknown field', () => {
    expect(
      issuesOf(contactObjectSchema, { name, urls: [{ url: 'https://example.com', type: 'WORK' }] }),
    ).toEqual([]);
    expect(issuesOf(contactObjectSchema, { name, urls: [{ link: 'https://example.com' }] })).toHaveLength(1);
  });

  it('R-CONT-12 accepts org and rejects an unknown org field or an org array', () => {
    expect(
      issuesOf(contactObjectSchema, { name, org: { company: 'ACME', department: 'R&D', title: 'CTO' } }),
    ).toEqual([]);
    expect(issuesOf(contactObjectSchema, { name, org: { team: 'x' } })).toHaveLength(1);
    expect(issuesOf(contactObjectSchema, { name, org: [{ company: 'ACME' }] })).toHaveLength(1);
  });
});
