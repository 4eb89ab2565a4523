import { randomBytes } from 'node:crypto';

/** An error answer of either API: HTTP status and body. */
export interface ApiErrorAnswer {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** What the Graph API puts in an error (`error.message` is built from code and title). */
export interface GraphErrorInput {
  status: number;
  code: number;
  title: string;
  type?: string;
  subcode?: number;
  details?: string;
  /** Use `title` as the whole message (Graph does so for token errors). */
  plainMessage?: boolean;
  headers?: Record<string, string>;
}

/** A Graph API error body: `{ error: { message, type, code, error_subcode?, error_data?, fbtrace_id } }`. */
export function graphError(input: GraphErrorInput): ApiErrorAnswer {
  const error: Record<string, unknown> = {
    message: input.plainMessage ? input.title : `(#${input.code}) ${input.title}`,
    type: input.type ?? 'OAuthException',
    code: input.code,
  };
  if (input.subcode !== undefined) error.error_subcode = input.subcode;
  if (input.details !== undefined)
    error.error_data = { messaging_product: 'whatsapp', details: input.details };
  error.fbtrace_id = randomBytes(17).toString('base64url').slice(0, 23);
  return { status: input.status, body: { error }, ...(input.headers ? { headers: input.headers } : {}) };
}

/** The version the sandbox reports in On-Premises `meta` (an On-Premises client v2.x). */
export const onPremApiVersion = 'v2.53.1';

/** The On-Premises `meta` object of every answer. */
export function onPremMeta(): { api_status: string; version: string } {
  return { api_status: 'stable', version: onPremApiVersion };
}

/** An On-Premises error body: `{ errors: [{ code, title, details }], meta }`. */
export function onPremError(
  status: number,
  code: number,
  title: string,
  details: string,
  headers?: Record<string, string>,
): ApiErrorAnswer {
  return {
    status,
    body: { errors: [{ code, title, details }], meta: onPremMeta() },
    ...(headers ? { headers } : {}),
  };
}
