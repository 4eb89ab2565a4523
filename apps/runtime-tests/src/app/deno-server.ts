/** The app on Deno: `Deno.serve` with the web-standard handler, on `127.0.0.1:$PORT`. */
import { createReplyApp, readSettings } from './reply-app.ts';

declare const Deno: {
  env: { toObject(): Record<string, string> };
  serve(
    options: { hostname: string; port: number; onListen?: () => void },
    handler: (request: Request) => Promise<Response>,
  ): unknown;
};

const environment = Deno.env.toObject();
Deno.serve(
  { hostname: '127.0.0.1', port: Number(environment.PORT), onListen: () => console.log('listening') },
  createReplyApp(readSettings(environment)),
);
