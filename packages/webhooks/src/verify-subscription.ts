/**
 * Answers Meta's subscription handshake: when the webhook URL is registered, Meta sends
 * `GET ?hub.mode=subscribe&hub.verify_token=<your token>&hub.challenge=<number>` and expects the
 * challenge back. Returns the challenge when the mode is `subscribe`, the token equals `verifyToken`
 * (compared in constant time) and a challenge is present; `undefined` otherwise (answer 403).
 *
 * @param query - The query of the GET request (a `URL`, its `searchParams`, or a query string).
 * @param verifyToken - The verify token you entered in the App Dashboard.
 * @returns The challenge to send back as `text/plain` with status 200, or `undefined`.
 *
 * @example
 * ```ts
 * const challenge = verifySubscription(new URL(request.url), process.env.WHATSAPP_VERIFY_TOKEN ?? '');
 * return challenge === undefined ? new Response(null, { status: 403 }) : new Response(challenge);
 * ```
 */
export function verifySubscription(
  query: URL | URLSearchParams | string,
  verifyToken: string,
): string | undefined {
  const params =
    query instanceof URL
      ? query.searchParams
      : query instanceof URLSearchParams
        ? query
        : new URLSearchParams(query);
  if (params.get('hub.mode') !== 'subscribe') return undefined;
  const token = params.get('hub.verify_token');
  const challenge = params.get('hub.challenge');
  if (token === null || challenge === null || challenge.length === 0) return undefined;
  if (typeof verifyToken !== 'string' || verifyToken.length === 0) return undefined;
  return constantTimeEqual(token, verifyToken) ? challenge : undefined;
}

/** Compares two strings without stopping at the first difference. */
function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index++) {
    difference |= (a.charCodeAt(index) | 0) ^ (b.charCodeAt(index) | 0);
  }
  return difference === 0;
}
