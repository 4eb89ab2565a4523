// The text, media, contacts and location examples of the API reference (EX-1, EX-2, EX-5 … EX-9), as
// cleaned-up JSON in __fixtures__, checked against the schema each belongs to.
import { describe, expect, it } from 'vitest';
import context from './__fixtures__/ex-01-context.json' with { type: 'json' };
import contacts from './__fixtures__/ex-02-contacts.json' with { type: 'json' };
import audio from './__fixtures__/ex-05-audio.json' with { type: 'json' };
import documentWithFilename from './__fixtures__/ex-06-document-filename.json' with { type: 'json' };
import documentWithProvider from './__fixtures__/ex-07-document-provider.json' with { type: 'json' };
import videoWithProvider from './__fixtures__/ex-08-video-provider.json' with { type: 'json' };
import text from './__fixtures__/ex-09-text.json' with { type: 'json' };
import { issuesOf, rulesOf } from './__fixtures__/issues-of.ts';
import { cloudSendRequestSchema } from './cloud-send-request.ts';
import { contactsSchema } from './contacts/contact-object.ts';
import { contextObjectSchema } from './context/context-object.ts';
import { onPremSendRequestSchema } from './onprem-send-request.ts';
import { type OutgoingMessage, outgoingMessageSchema } from './outgoing-message.ts';
import { toCloudSendRequest } from './to-cloud-send-request.ts';
import { toOnPremSendRequest } from './to-onprem-send-request.ts';

const onPremExamples = [
  ['EX-5 audio by id', audio],
  ['EX-6 document with filename', documentWithFilename],
  ['EX-7 document by link with provider', documentWithProvider],
  ['EX-8 video by link with provider', videoWithProvider],
  ['EX-9 text', text],
] as const;

/** EX-2 with its placeholder country code replaced by a real two-letter code (R-CONT-7). */
const contactsWithCountryCode = structuredClone(contacts);
for (const address of contactsWithCountryCode.contacts[0]?.addresses ?? []) address.country_code = 'US';

describe('reference examples', () => {
  it('EX-1 is a valid reply context (R-REQ-18)', () => {
    expect(issuesOf(contextObjectSchema, context)).toEqual([]);
  });

  it('EX-2 is a valid contacts array once its placeholder country code is a two-letter code', () => {
    expect(issuesOf(contactsSchema, contactsWithCountryCode.contacts)).toEqual([]);
    const message = { to: 'whatsapp-id', type: 'contacts', ...contactsWithCountryCode };
    expect(issuesOf(onPremSendRequestSchema, message)).toEqual([]);
    expect(issuesOf(cloudSendRequestSchema, { messaging_product: 'whatsapp', ...message })).toEqual([]);
  });

  it('EX-2 as printed is rejected only for its placeholder country code "code" (R-CONT-7)', () => {
    expect(rulesOf(contactsSchema, contacts.contacts)).toEqual(['$[0].addresses[0].country_code [R-CONT-7]']);
  });

  it.each(onPremExamples)('%s is a valid On-Premises request', (_, example) => {
    expect(issuesOf(onPremSendRequestSchema, example)).toEqual([]);
  });

  it.each(onPremExamples)(
    '%s is a valid OutgoingMessage that converts to itself for On-Premises',
    (_, example) => {
      expect(issuesOf(outgoingMessageSchema, example)).toEqual([]);
      expect(toOnPremSendRequest(example as OutgoingMessage)).toStrictEqual(example);
    },
  );

  it.each([audio, documentWithFilename, text])('EX-5, EX-6 and EX-9 convert to Cloud requests', (example) => {
    expect(toCloudSendRequest(example as OutgoingMessage)).toStrictEqual({
      messaging_product: 'whatsapp',
      ...example,
    });
  });

  it.each([
    ['EX-7', documentWithProvider, '$.document.provider [R-MEDIA-13]'],
    ['EX-8', videoWithProvider, '$.video.provider [R-MEDIA-13]'],
  ])('%s uses an On-Premises media provider, which the Cloud API rejects', (_, example, problem) => {
    expect(rulesOf(cloudSendRequestSchema, { messaging_product: 'whatsapp', ...example })).toEqual([problem]);
  });
});
