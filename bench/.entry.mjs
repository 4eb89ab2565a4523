import { createCloudClient } from '@wa/transport-cloud';
const client = createCloudClient({ accessToken: 't', phoneNumberId: '1' });
console.log(await client.send({ to: '15551234567', type: 'text', text: { body: 'hi' } }));
