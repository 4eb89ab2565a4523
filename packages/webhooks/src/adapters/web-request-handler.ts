/**
 * What the adapters wrap: a web-standard handler (`createWebhookHandler` returns one). `maxBodyBytes`,
 * when present, is the body limit the adapter enforces while reading.
 */
export interface WebRequestHandler {
  (request: Request): Promise<Response>;
  /** The largest body accepted, in bytes. */
  readonly maxBodyBytes?: number | undefined;
}
