/** A realistic ~2 KB Cloud webhook delivery (one text message and three statuses), signed. */
import { createHmac } from 'node:crypto';

/** The app secret the sample delivery is signed with. */
export const appSecret = 'bench-app-secret-0123456789abcdef';

const metadata = { display_phone_number: '15550783881', phone_number_id: '106540352242922' };
const status = (id: string, value: string, timestamp: string) => ({
  id,
  status: value,
  timestamp,
  recipient_id: '5511912345678',
  conversation: { id: 'CONVERSATION_ID_8d1f2c0a9b7e', origin: { type: 'service' } },
  pricing: { billable: true, pricing_model: 'PMP', category: 'service', type: 'regular' },
});

/** The payload object. */
export const webhookPayload = {
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '102290129340398',
      changes: [
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata,
            contacts: [{ profile: { name: 'Ana Souza' }, wa_id: '5511912345678' }],
            messages: [
              {
                from: '5511912345678',
                id: 'wamid.HBgNNTUxMTkxMjM0NTY3OBUCABIYFjNFQjBDMEE1RjZGNDlFNUYxMkQ0NUQA',
                timestamp: '1763769600',
                type: 'text',
                text: {
                  body:
                    'Hi! I ordered a blue jacket last week (order 4521) and the tracking page still says processing. ' +
                    'Could you check whether it has left the warehouse? I need it before Friday for a trip, and if it ' +
                    'cannot arrive in time I would rather change the delivery address to my office on Rua Augusta 1500. ' +
                    'Thanks a lot, and sorry for the long message!',
                },
              },
            ],
          },
        },
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata,
            statuses: [
              status('wamid.HBgNNTUxMTkxMjM0NTY3OBUCABEYEkE0QjFGRjQ0RTU2RDc4OUFCQwA=', 'sent', '1763769601'),
              status(
                'wamid.HBgNNTUxMTkxMjM0NTY3OBUCABEYEkE0QjFGRjQ0RTU2RDc4OUFCQwA=',
                'delivered',
                '1763769602',
              ),
              status('wamid.HBgNNTUxMTkxMjM0NTY3OBUCABEYEkE0QjFGRjQ0RTU2RDc4OUFCQwA=', 'read', '1763769610'),
            ],
          },
        },
      ],
    },
  ],
};

/** The raw body as the server receives it. */
export const webhookBody = JSON.stringify(webhookPayload);
/** {@link webhookBody} as bytes. */
export const webhookBytes = Buffer.from(webhookBody);
/** The `X-Hub-Signature-256` header of {@link webhookBytes}. */
export const webhookSignature = `sha256=${createHmac('sha256', appSecret).update(webhookBytes).digest('hex')}`;
/** Events in the sample: 1 message + 3 statuses. */
export const eventsPerDelivery = 4;
