/** The app on Bun: `Bun.serve` with the web-standard handler, on `127.0.0.1:$PORT`. */
import { createReplyApp, readSettings } from './reply-app.ts';

declare const Bun: {
  env: Record<string, string | undefined>;
  serve(options: { hostname: string; port: number; fetch: (request: Request) => Promise<Response> }): unknown;
};

Bun.serve({
  hostname: '127.0.0.1',
  port: Number(Bun.env.PORT),
  fetch: createReplyApp(readSettings(Bun.env)),
});
console.log('listening');
