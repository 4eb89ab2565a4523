import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeValidate } from '../validation/validate.ts';
import { CloudWebhookPayload } from './cloud/cloud-webhook-payload.ts';
import { OnPremWebhookPayload } from './onprem/onprem-webhook-payload.ts';

const fixtureDirectory = join(import.meta.dirname, '__fixtures__');

function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(fixtureDirectory, `${name}.json`), 'utf8'));
}

/** What each Cloud fixture must parse to: the message types or status values, in order. */
const cloudExpectations: [fixture: string, rules: string, messages: string[], statuses: string[]][] = [
  ['cloud-message-text', 'R-WH-1 R-WH-2 R-WH-3', ['text'], []],
  ['cloud-message-image', 'R-WH-3', ['image'], []],
  ['cloud-message-audio-voice', 'R-WH-3', ['audio'], []],
  ['cloud-message-audio-file', 'R-WH-3', ['audio'], []],
  ['cloud-message-video', 'R-WH-3', ['video'], []],
  ['cloud-message-document', 'R-WH-3', ['document'], []],
  ['cloud-message-sticker-animated', 'R-STK-2', ['sticker'], []],
  ['cloud-message-sticker-static', 'R-STK-2', ['sticker'], []],
  ['cloud-message-location-ex-32', 'R-WH-3 R-WH-4 R-WH-5', ['location'], []],
  ['cloud-message-location-unnamed', 'R-WH-4 R-WH-5', ['location'], []],
  ['cloud-message-contacts', 'R-WH-3', ['contacts'], []],
  ['cloud-message-interactive-button-reply', 'R-WH-6', ['interactive'], []],
  ['cloud-message-interactive-list-reply', 'R-WH-6', ['interactive'], []],
  ['cloud-message-interactive-nfm-reply', 'R-WH-6', ['interactive'], []],
  ['cloud-message-button', 'R-WH-3', ['button'], []],
  ['cloud-message-reaction', 'R-WH-3', ['reaction'], []],
  ['cloud-message-reaction-removed', 'R-WH-3', ['reaction'], []],
  ['cloud-message-order', 'R-WH-3', ['order'], []],
  ['cloud-message-system', 'R-WH-3', ['system'], []],
  ['cloud-message-referral', 'R-WH-3', ['text'], []],
  ['cloud-message-reply-context', 'R-WH-3', ['text'], []],
  ['cloud-message-forwarded', 'R-WH-3', ['text'], []],
  ['cloud-message-product-inquiry', 'R-WH-3', ['text'], []],
  ['cloud-message-unsupported', 'R-WH-3', ['unsupported'], []],
  ['cloud-message-unknown-future-type', 'R-WH-3', ['unknown'], []],
  ['cloud-status-sent', 'R-WH-7', [], ['sent']],
  ['cloud-status-delivered', 'R-WH-7', [], ['delivered']],
  ['cloud-status-read', 'R-WH-7', [], ['read']],
  ['cloud-status-played', 'status update', [], ['played']],
  ['cloud-status-failed', 'status update', [], ['failed']],
  ['cloud-status-unknown-value', 'status update', [], ['unknown']],
  ['cloud-delivery-multi-entry', 'R-WH-1', ['text', 'image', 'reaction'], ['delivered', 'read']],
];

const onPremExpectations: [fixture: string, messages: string[], statuses: string[], errors: number[]][] = [
  ['onprem-delivery-messages', ['text', 'image'], [], []],
  ['onprem-delivery-statuses', [], ['delivered', 'deleted', 'failed'], []],
  ['onprem-delivery-errors', [], [], [1014]],
];

describe('webhook fixtures', () => {
  it('covers every fixture file with an expectation', () => {
    const names = readdirSync(fixtureDirectory)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length));
    const covered = [...cloudExpectations.map(([name]) => name), ...onPremExpectations.map(([name]) => name)];
    expect(names.sort()).toEqual(covered.sort());
  });

  it.each(cloudExpectations)(
    '%s parses as a Cloud payload (%s)',
    (name, _rules, messageTypes, statusValues) => {
      const body = readFixture(name);
      const result = safeValidate(CloudWebhookPayload, body, 'Cloud webhook payload');
      if (!result.success) throw result.error;
      const values = result.data.entry.flatMap((entry) =>
        entry.changes.flatMap((change) => (change.field === 'messages' ? [change.value] : [])),
      );
      expect(values.flatMap((value) => value.messages ?? []).map((message) => message.type)).toEqual(
        messageTypes,
      );
      expect(values.flatMap((value) => value.statuses ?? []).map((status) => status.status)).toEqual(
        statusValues,
      );
      // Tolerant but lossless: known shapes come out exactly as they went in.
      if (
        !messageTypes.includes('unknown') &&
        !statusValues.includes('unknown') &&
        name !== 'cloud-delivery-multi-entry'
      ) {
        expect(result.data).toEqual(body);
      }
      // Cloud bodies are not On-Premises bodies.
      expect(OnPremWebhookPayload.safeParse(body).success).toBe(false);
    },
  );
});

describe('On-Premises webhook fixtures', () => {
  it.each(onPremExpectations)(
    'R-WH-3 %s parses as an On-Premises payload',
    (name, messageTypes, statuses, errors) => {
      const body = readFixture(name);
      const result = safeValidate(OnPremWebhookPayload, body, 'On-Premises webhook payload');
      if (!result.success) throw result.error;
      expect(result.data).toEqual(body);
      expect((result.data.messages ?? []).map((message) => message.type)).toEqual(messageTypes);
      expect((result.data.statuses ?? []).map((status) => status.status)).toEqual(statuses);
      expect((result.data.errors ?? []).map((error) => error.code)).toEqual(errors);
      expect(CloudWebhookPayload.safeParse(body).success).toBe(false);
    },
  );
});
