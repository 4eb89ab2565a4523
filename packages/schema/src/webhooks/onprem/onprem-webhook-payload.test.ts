import { describe, expect, it } from 'vitest';
import { safeValidate } from '../../validation/validate.ts';
import { OnPremWebhookPayload } from './onprem-webhook-payload.ts';

function pathsOf(input: unknown): string[] {
  const result = safeValidate(OnPremWebhookPayload, input, 'On-Premises webhook payload');
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => issue.path);
}

describe('OnPremWebhookPayload', () => {
  it('R-WH-3 accepts top-level contacts and messages', () => {
    const body = {
      contacts: [{ profile: { name: 'Kerry' }, wa_id: '16315551234' }],
      messages: [{ from: '16315551234', id: 'ABGG', timestamp: '1', type: 'text', text: { body: 'hi' } }],
    };
    expect(OnPremWebhookPayload.parse(body)).toEqual(body);
  });

  it.each([
    ['deleted', { id: 'g', recipient_id: '1', status: 'deleted', timestamp: '1' }, 'deleted'],
    [
      'failed',
      { id: 'g', status: 'failed', timestamp: '1', errors: [{ code: 1026, title: 'Receiver Incapable' }] },
      'failed',
    ],
    ['warning (a value this SDK does not know)', { id: 'g', status: 'warning', timestamp: '1' }, 'unknown'],
  ])('accepts a %s status', (_label, status, expected) => {
    expect(OnPremWebhookPayload.parse({ statuses: [status] }).statuses?.[0]?.status).toBe(expected);
  });

  it.each([
    ['an empty body', {}, ['$']],
    ['statuses that is not an array', { statuses: { id: 'g' } }, ['$.statuses']],
    [
      'a message without id',
      { messages: [{ timestamp: '1', type: 'text', text: { body: 'x' } }] },
      ['$.messages[0].id'],
    ],
    [
      'a failed status without errors',
      { statuses: [{ id: 'g', status: 'failed', timestamp: '1' }] },
      ['$.statuses[0].errors'],
    ],
    ['an error without code', { errors: [{ title: 'x' }] }, ['$.errors[0].code']],
  ])('R-WH-3 rejects %s', (_label, body, paths) => {
    expect(pathsOf(body)).toEqual(paths);
  });
});
