import { Agent, fetch as undiciFetch } from 'undici';

/**
 * TLS options for clients served with a self-signed or private-CA certificate, as On-Premises
 * deployments usually are.
 */
export interface OnPremTlsSettings {
  /**
   * The certificate(s) of the CA that signed the client's certificate, in PEM. Only these CAs are
   * trusted for this client (the public CAs are not added). This is the right fix for a private CA or
   * a self-signed certificate: pass the certificate itself.
   */
  ca?: string | Uint8Array | ReadonlyArray<string | Uint8Array> | undefined;
  /**
   * `false` turns certificate verification off: anyone on the network path can read and change the
   * traffic, including the password and the bearer token. Meant for a local test deployment only; a
   * `SecurityWarning` (code `WA_TLS_VERIFICATION_DISABLED`) is emitted once per process. Default `true`.
   */
  rejectUnauthorized?: boolean | undefined;
}

/** The warning code emitted when certificate verification is turned off. */
export const TLS_VERIFICATION_DISABLED_WARNING = 'WA_TLS_VERIFICATION_DISABLED';

let warned = false;

/** A `fetch` that connects with the given TLS options, and the means to close its connections. */
export interface TlsFetch {
  readonly fetch: typeof globalThis.fetch;
  close(): Promise<void>;
}

/**
 * Builds a `fetch` on undici's own `fetch` and an `Agent` that carries the TLS options (the global
 * `fetch` cannot take a custom CA). Requests and responses are converted to and from the global
 * `Request`/`Response` classes, so callers see standard objects.
 */
export function createTlsFetch(tls: OnPremTlsSettings): TlsFetch {
  const rejectUnauthorized = tls.rejectUnauthorized ?? true;
  if (!rejectUnauthorized && !warned) {
    warned = true;
    process.emitWarning(
      '[@wa/transport-onprem] TLS certificate verification is OFF (tls.rejectUnauthorized: false). ' +
        'Anyone between this process and the On-Premises client can read the password and bearer token ' +
        'and change messages. Pass the certificate as tls.ca instead.',
      { type: 'SecurityWarning', code: TLS_VERIFICATION_DISABLED_WARNING },
    );
  }
  const ca = tls.ca === undefined ? undefined : toPemList(tls.ca);
  const agent = new Agent({ connect: { rejectUnauthorized, ...(ca === undefined ? {} : { ca }) } });

  const tlsFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const hasBody = request.body !== null;
    const response = await undiciFetch(request.url, {
      method: request.method,
      headers: [...request.headers],
      body: hasBody ? request.body : undefined,
      ...(hasBody ? { duplex: 'half' as const } : {}),
      redirect: request.redirect,
      signal: request.signal,
      dispatcher: agent,
    });
    const nullBody = response.status === 204 || response.status === 205 || response.status === 304;
    return new Response(nullBody ? null : (response.body as ReadableStream<Uint8Array> | null), {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
    });
  };
  return { fetch: tlsFetch as typeof globalThis.fetch, close: () => agent.close() };
}

function toPemList(ca: NonNullable<OnPremTlsSettings['ca']>): string[] {
  const list: ReadonlyArray<string | Uint8Array> =
    typeof ca === 'string' || ca instanceof Uint8Array ? [ca] : ca;
  return list.map((entry) => (typeof entry === 'string' ? entry : new TextDecoder().decode(entry)));
}
