/**
 * The Cloudflare Worker (served by `workerd`): its settings come from the Worker's bindings.
 */
import type { WebhookHandler } from '@wa/webhooks';
import { createReplyApp, readSettings } from './reply-app.ts';

let app: WebhookHandler | undefined;

export default {
  fetch(request: Request, env: Record<string, unknown>): Promise<Response> {
    app ??= createReplyApp(readSettings(env));
    return app(request);
  },
};
