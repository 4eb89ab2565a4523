import { describe, expect, it } from 'vitest';
import { cloudTemplateObjectSchema } from './cloud-template-object.ts';
import { onPremTemplateObjectSchema } from './onprem-template-object.ts';
import { templateMessage } from './template-message.ts';
import { templateObjectSchema } from './template-object.ts';
import {
  copyCodeButton,
  currency,
  dateTime,
  locationParameter,
  mediaParameter,
  quickReplyButton,
  textParameter,
  urlButton,
} from './template-parameters.ts';

const to = '15551234567';

describe('template builders', () => {
  it('templateMessage builds EX-21 from helpers (R-TPL-PARAM-3, R-TPL-PARAM-4, R-TPL-BTN-8)', () => {
    const message = templateMessage({
      to,
      name: 'TEMPLATE_NAME',
      language: 'LANGUAGE_AND_LOCALE_CODE',
      header: mediaParameter('image', { link: 'https://URL' }),
      body: ['TEXT_STRING', currency('VALUE', 'USD', 1000), dateTime('MONTH DAY, YEAR')],
      buttons: [quickReplyButton('0', 'PAYLOAD'), quickReplyButton('1', 'PAYLOAD')],
    });
    expect(message).toStrictEqual({
      to,
      type: 'template',
      template: {
        name: 'TEMPLATE_NAME',
        language: { code: 'LANGUAGE_AND_LOCALE_CODE' },
        components: [
          { type: 'header', parameters: [{ type: 'image', image: { link: 'https://URL' } }] },
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'TEXT_STRING' },
              { type: 'currency', currency: { fallback_value: 'VALUE', code: 'USD', amount_1000: 1000 } },
              { type: 'date_time', date_time: { fallback_value: 'MONTH DAY, YEAR' } },
            ],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '0',
            parameters: [{ type: 'payload', payload: 'PAYLOAD' }],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '1',
            parameters: [{ type: 'payload', payload: 'PAYLOAD' }],
          },
        ],
      },
    });
    expect(cloudTemplateObjectSchema.parse(message.template)).toStrictEqual(message.template);
  });

  it('templateMessage leaves components out when there are none (R-TPL-6)', () => {
    expect(templateMessage({ to, name: 'hello_world', language: 'en_US' }).template).toStrictEqual({
      name: 'hello_world',
      language: { code: 'en_US' },
    });
  });

  it('templateMessage passes an On-Premises namespace and language policy through (R-TPL-4, R-TPL-3)', () => {
    const message = templateMessage({
      to,
      namespace: 'ns',
      name: 'promo',
      language: { code: 'en', policy: 'deterministic' },
      body: [textParameter('Ada')],
      buttons: [urlButton(0, 'orders/42'), copyCodeButton(1, 'SAVE20')],
    });
    expect(message.template.namespace).toBe('ns');
    expect(onPremTemplateObjectSchema.safeParse(message.template).success).toBe(true);
    expect(cloudTemplateObjectSchema.safeParse(message.template).success).toBe(false);
  });

  it('locationParameter builds a Cloud location header (R-TPL-PARAM-8)', () => {
    const message = templateMessage({
      to,
      name: 'order_delivery_update',
      language: 'en_US',
      header: locationParameter({ latitude: '37.483307', longitude: '122.148981', name: 'Pablo Morales' }),
      body: ['Pablo', '566701'],
    });
    expect(message.template.components?.[0]).toStrictEqual({
      type: 'header',
      parameters: [
        {
          type: 'location',
          location: { latitude: '37.483307', longitude: '122.148981', name: 'Pablo Morales' },
        },
      ],
    });
    expect(templateObjectSchema.safeParse(message.template).success).toBe(true);
  });

  it('mediaParameter keys the media by its kind (R-TPL-PARAM-6)', () => {
    expect(mediaParameter('document', { id: 'doc-1', filename: 'invoice.pdf' })).toStrictEqual({
      type: 'document',
      document: { id: 'doc-1', filename: 'invoice.pdf' },
    });
  });
});
