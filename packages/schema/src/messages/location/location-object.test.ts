import { describe, expect, it } from 'vitest';
import { issuesOf, rulesOf } from '../__fixtures__/issues-of.ts';
import { locationObjectSchema } from './location-object.ts';

const place = {
  latitude: 37.483307,
  longitude: -122.148981,
  name: 'Pablo Morales',
  address: '1 Hacker Way, Menlo Park, CA 94025',
};

describe('location object', () => {
  it('R-LOC-1..4 accept a complete location', () => {
    expect(issuesOf(locationObjectSchema, place)).toEqual([]);
  });

  it.each([
    ['latitude', 'R-LOC-1'],
    ['longitude', 'R-LOC-2'],
    ['name', 'R-LOC-3'],
    ['address', 'R-LOC-4'],
  ] as const)('%s is required (%s)', (field, rule) => {
    const { [field]: _removed, ...rest } = place;
    expect(issuesOf(locationObjectSchema, rest)).toEqual([
      { path: `$.${field}`, rule, message: 'is required' },
    ]);
  });

  it.each([
    ['latitude', 90, true],
    ['latitude', -90, true],
    ['latitude', 90.0001, false],
    ['latitude', -90.5, false],
    ['longitude', 180, true],
    ['longitude', -180, true],
    ['longitude', 180.000001, false],
  ] as const)('R-LOC-1/R-LOC-2 %s %d accepted: %s (decimal degrees)', (field, value, accepted) => {
    const rule = field === 'latitude' ? 'R-LOC-1' : 'R-LOC-2';
    expect(rulesOf(locationObjectSchema, { ...place, [field]: value })).toEqual(
      accepted ? [] : [`$.${field} [${rule}]`],
    );
  });

  it.each(['37.483307', '-12.1', '0', '+1.5', '.5'])(
    'D-2 accepts the numeric string %s and passes it through',
    (value) => {
      expect(locationObjectSchema.parse({ ...place, latitude: value }).latitude).toBe(value);
    },
  );

  it.each(['', 'north', '1e3', '12,5', 'NaN', 'Infinity'])(
    'R-LOC-1 rejects the non-numeric string %j',
    (value) => {
      expect(rulesOf(locationObjectSchema, { ...place, latitude: value })).toEqual(['$.latitude [R-LOC-1]']);
    },
  );

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('R-LOC-2 rejects %d', (value) => {
    expect(rulesOf(locationObjectSchema, { ...place, longitude: value })).toHaveLength(1);
  });
});
