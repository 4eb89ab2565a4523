/** The app on Node.js: `node:http` through the `@wa/webhooks/node` adapter, on `127.0.0.1:$PORT`. */
import { createServer } from 'node:http';
import { createNodeListener } from '@wa/webhooks/node';
import { createReplyApp, readSettings } from './reply-app.ts';

createServer(createNodeListener(createReplyApp(readSettings(process.env)))).listen(
  Number(process.env.PORT),
  '127.0.0.1',
  () => console.log('listening'),
);
