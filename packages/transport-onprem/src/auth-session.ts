/** A bearer token and when it stops working. */
export interface AccessToken {
  /** The bearer token. Never logged, never put in an error. */
  readonly value: string;
  /** When it expires (epoch milliseconds), or `undefined` when unknown (kept until a 401). */
  readonly expiresAt: number | undefined;
}

/** Options of {@link AuthSession}. */
export interface AuthSessionOptions {
  /** Logs in and returns a fresh token; `undefined` when the session holds a fixed token only. */
  login: (() => Promise<AccessToken>) | undefined;
  /** A fixed token to start with (the `token` setting). */
  initialToken?: AccessToken | undefined;
  /** Log in again this long before the token expires, in milliseconds. */
  refreshMarginMs: number;
  /** The clock, in epoch milliseconds. */
  now?: (() => number) | undefined;
}

/**
 * Holds the bearer token of an On-Premises client: logs in on first use, logs in again a margin before
 * the token expires or after a 401, and never runs two logins at once (every caller waiting for a
 * token shares the one login in flight).
 */
export class AuthSession {
  readonly #login: (() => Promise<AccessToken>) | undefined;
  readonly #refreshMarginMs: number;
  readonly #now: () => number;
  #current: AccessToken | undefined;
  #pending: Promise<AccessToken> | undefined;

  constructor(options: AuthSessionOptions) {
    this.#login = options.login;
    this.#refreshMarginMs = options.refreshMarginMs;
    this.#now = options.now ?? Date.now;
    this.#current = options.initialToken;
  }

  /** True when the session can obtain a new token by itself (it holds a username and password). */
  get canLogIn(): boolean {
    return this.#login !== undefined;
  }

  /** A token that is not about to expire, logging in first when needed. */
  async token(signal?: AbortSignal): Promise<string> {
    const current = this.#current;
    if (current !== undefined && (this.#login === undefined || !this.#isStale(current))) return current.value;
    return (await abortable(this.#refresh(), signal)).value;
  }

  /**
   * The API rejected `rejected` with a 401: forget it (unless a newer token already replaced it) and
   * return a fresh one. Concurrent callers with the same rejected token share one login.
   */
  async renew(rejected: string, signal?: AbortSignal): Promise<string> {
    if (this.#current?.value === rejected) this.#current = undefined;
    return this.token(signal);
  }

  #isStale(token: AccessToken): boolean {
    return token.expiresAt !== undefined && this.#now() >= token.expiresAt - this.#refreshMarginMs;
  }

  #refresh(): Promise<AccessToken> {
    const login = this.#login;
    if (login === undefined) throw new Error('unreachable: a fixed-token session has no login');
    this.#pending ??= login()
      .then((token) => {
        this.#current = token;
        return token;
      })
      .finally(() => {
        this.#pending = undefined;
      });
    return this.#pending;
  }
}

/** Resolves like `promise`, or rejects with the signal's reason as soon as `signal` aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
