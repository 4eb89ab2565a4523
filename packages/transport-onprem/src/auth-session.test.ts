import { describe, expect, it } from 'vitest';
import { type AccessToken, AuthSession } from './auth-session.ts';

/** A login that counts its calls and can be held open, standing in for the HTTP login. */
function countingLogin(lifetimeMs: number | undefined, now: () => number) {
  const state = { calls: 0, release: undefined as (() => void) | undefined, hold: false };
  const login = async (): Promise<AccessToken> => {
    state.calls += 1;
    const call = state.calls;
    if (state.hold) await new Promise<void>((resolve) => (state.release = resolve));
    return { value: `token-${call}`, expiresAt: lifetimeMs === undefined ? undefined : now() + lifetimeMs };
  };
  return { state, login };
}

describe('AuthSession', () => {
  it('logs in once and reuses the token until the refresh margin', async () => {
    let clock = 0;
    const { state, login } = countingLogin(10_000, () => clock);
    const session = new AuthSession({ login, refreshMarginMs: 1_000, now: () => clock });

    expect(await session.token()).toBe('token-1');
    clock = 8_999;
    expect(await session.token()).toBe('token-1');
    clock = 9_000;
    expect(await session.token()).toBe('token-2');
    expect(state.calls).toBe(2);
  });

  it('keeps a token without a known expiry until it is rejected', async () => {
    const { state, login } = countingLogin(undefined, () => 0);
    const session = new AuthSession({ login, refreshMarginMs: 1_000 });
    expect(await session.token()).toBe('token-1');
    expect(await session.token()).toBe('token-1');
    expect(await session.renew('token-1')).toBe('token-2');
    expect(state.calls).toBe(2);
  });

  it('shares one login among concurrent callers', async () => {
    const { state, login } = countingLogin(60_000, Date.now);
    state.hold = true;
    const session = new AuthSession({ login, refreshMarginMs: 0 });
    const tokens = Promise.all([session.token(), session.token(), session.renew('stale'), session.token()]);
    await Promise.resolve();
    state.release?.();
    expect(await tokens).toStrictEqual(['token-1', 'token-1', 'token-1', 'token-1']);
    expect(state.calls).toBe(1);
  });

  it('does not log in again for a 401 on a token that was already replaced', async () => {
    const { state, login } = countingLogin(60_000, Date.now);
    const session = new AuthSession({ login, refreshMarginMs: 0 });
    await session.token();
    expect(await session.renew('token-1')).toBe('token-2');
    expect(await session.renew('token-1')).toBe('token-2');
    expect(state.calls).toBe(2);
  });

  it('tries again after a failed login instead of caching the failure', async () => {
    let fail = true;
    const session = new AuthSession({
      login: async () => {
        if (fail) throw new Error('down');
        return { value: 'token-ok', expiresAt: undefined };
      },
      refreshMarginMs: 0,
    });
    await expect(session.token()).rejects.toThrow('down');
    fail = false;
    expect(await session.token()).toBe('token-ok');
  });

  it('lets a caller stop waiting without cancelling the shared login', async () => {
    const { state, login } = countingLogin(60_000, Date.now);
    state.hold = true;
    const session = new AuthSession({ login, refreshMarginMs: 0 });
    const controller = new AbortController();
    const abandoned = session.token(controller.signal);
    const patient = session.token();
    controller.abort(new Error('caller gave up'));
    await expect(abandoned).rejects.toThrow('caller gave up');
    state.release?.();
    expect(await patient).toBe('token-1');
  });

  it('returns a fixed token without logging in', async () => {
    const session = new AuthSession({
      login: undefined,
      initialToken: { value: 'fixed', expiresAt: undefined },
      refreshMarginMs: 0,
    });
    expect(session.canLogIn).toBe(false);
    expect(await session.token()).toBe('fixed');
  });
});
