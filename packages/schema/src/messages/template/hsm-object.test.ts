import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../errors/validation-error.ts';
import { issuesOf as issuesOfSchema } from '../__fixtures__/issues-of.ts';
import { hsmObjectSchema } from './hsm-object.ts';

function issuesOf(value: unknown): readonly ValidationIssue[] {
  return issuesOfSchema(hsmObjectSchema, value);
}

const hsm = (extra: Record<string, unknown> = {}) => ({
  namespace: 'business_a_namespace',
  element_name: 'hello_world',
  language: { policy: 'deterministic', code: 'en' },
  localizable_params: [{ default: 'Ada' }],
  ...extra,
});

const accepted: [string, string, unknown][] = [
  ['R-HSM-2', 'a namespace and element name', hsm()],
  ['R-HSM-4', 'a language without policy', hsm({ language: { code: 'en_US' } })],
  [
    'R-HSM-5',
    'currency and date/time parameters',
    hsm({
      localizable_params: [
        { default: '$10.50', currency: { currency_code: 'USD', amount_1000: 10500 } },
        { default: 'May 4', date_time: { component: { year: 2026, month: 5, day_of_month: 4 } } },
        { default: 'now', date_time: { unix_epoch: { timestamp: 1_767_225_600 } } },
      ],
    }),
  ],
  ['R-HSM-5', 'no parameters', hsm({ localizable_params: [] })],
];

const rejected: [string, string, unknown, string][] = [
  ['R-HSM-2', 'a missing namespace', { ...hsm(), namespace: undefined }, '$.namespace'],
  ['R-HSM-2', 'an empty namespace', hsm({ namespace: '' }), '$.namespace'],
  ['R-HSM-3', 'a missing element_name', { ...hsm(), element_name: undefined }, '$.element_name'],
  ['R-HSM-4', 'a missing language', { ...hsm(), language: undefined }, '$.language'],
  [
    'R-HSM-4',
    'the removed fallback policy',
    hsm({ language: { policy: 'fallback', code: 'en' } }),
    '$.language.policy',
  ],
  ['R-HSM-4', 'a language without code', hsm({ language: { policy: 'deterministic' } }), '$.language.code'],
  [
    'R-HSM-5',
    'missing localizable_params',
    { ...hsm(), localizable_params: undefined },
    '$.localizable_params',
  ],
  [
    'R-HSM-5',
    'a parameter without default',
    hsm({ localizable_params: [{ currency: { currency_code: 'USD', amount_1000: 1 } }] }),
    '$.localizable_params[0].default',
  ],
  [
    'R-HSM-5',
    'both currency and date_time',
    hsm({
      localizable_params: [
        {
          default: 'x',
          currency: { currency_code: 'USD', amount_1000: 1 },
          date_time: { unix_epoch: { timestamp: 1 } },
        },
      ],
    }),
    '$.localizable_params[0]',
  ],
  [
    'R-TPL-PARAM-5',
    'fallback_value (the template field) in hsm',
    hsm({ localizable_params: [{ default: 'x', fallback_value: 'x' }] }),
    '$.localizable_params[0].fallback_value',
  ],
];

describe('hsmObjectSchema (legacy On-Premises)', () => {
  it.each(accepted)('%s accepts %s', (_rule, _what, value) => {
    expect(issuesOf(value)).toEqual([]);
  });

  it.each(rejected)('%s rejects %s', (rule, _what, value, path) => {
    expect(issuesOf(value)).toContainEqual(expect.objectContaining({ rule, path }));
  });
});
