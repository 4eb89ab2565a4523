import { describe, expect, it } from 'vitest';
import { safeValidate } from '../validation/validate.ts';
import { CloudErrorResponse } from './cloud-error-response.ts';
import { OnPremErrorResponse } from './onprem-error-response.ts';

describe('CloudErrorResponse', () => {
  it('R-RESP-5 reads code, subcode, details and trace ID', () => {
    const body = {
      error: {
        message: '(#131026) Message Undeliverable',
        type: 'OAuthException',
        code: 131026,
        error_subcode: 2494010,
        error_data: { messaging_product: 'whatsapp', details: 'Message Undeliverable.' },
        fbtrace_id: 'Az1',
      },
    };
    const parsed = CloudErrorResponse.parse(body);
    expect([parsed.error.code, parsed.error.error_subcode, parsed.error.error_data?.details]).toEqual([
      131026,
      2494010,
      'Message Undeliverable.',
    ]);
  });

  it('R-RESP-5 accepts a minimal Graph error', () => {
    expect(
      CloudErrorResponse.safeParse({ error: { message: 'x', type: 'OAuthException', code: 190 } }).success,
    ).toBe(true);
  });

  it.each([
    ['code as a string', { message: 'x', type: 't', code: '100' }, '$.error.code'],
    ['no message', { type: 't', code: 100 }, '$.error.message'],
    [
      'error_data without details',
      { message: 'x', type: 't', code: 100, error_data: {} },
      '$.error.error_data.details',
    ],
  ])('R-RESP-5 rejects an error with %s', (_label, error, path) => {
    const result = safeValidate(CloudErrorResponse, { error }, 'Cloud error response');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path)).toEqual([path]);
  });
});

describe('OnPremErrorResponse', () => {
  it('R-RESP-5 reads the errors section', () => {
    const parsed = OnPremErrorResponse.parse({ errors: [{ code: 1026, title: 'Receiver Incapable' }] });
    expect(parsed.errors[0]?.code).toBe(1026);
  });

  it.each([
    ['an empty errors array', { errors: [] }, '$.errors'],
    ['an error without title', { errors: [{ code: 1015 }] }, '$.errors[0].title'],
    ['errors as an object', { errors: { code: 1015, title: 'x' } }, '$.errors'],
  ])('R-RESP-5 rejects %s', (_label, body, path) => {
    const result = safeValidate(OnPremErrorResponse, body, 'On-Premises error response');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path)).toEqual([path]);
  });
});
