import { describe, expect, it } from 'vitest';
import { verifySubscription } from './verify-subscription.ts';

const token = 'my-verify-token';

describe('verifySubscription', () => {
  it('returns the challenge when the mode is subscribe and the token matches', () => {
    const query = `hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`;
    expect(verifySubscription(query, token)).toBe('1158201444');
    expect(verifySubscription(new URLSearchParams(query), token)).toBe('1158201444');
    expect(verifySubscription(new URL(`https://example.com/webhook?${query}`), token)).toBe('1158201444');
  });

  it.each([
    ['a wrong token', `hub.mode=subscribe&hub.verify_token=other&hub.challenge=1`],
    ['a longer token', `hub.mode=subscribe&hub.verify_token=${token}x&hub.challenge=1`],
    ['a token prefix', `hub.mode=subscribe&hub.verify_token=${token.slice(0, 3)}&hub.challenge=1`],
    ['another mode', `hub.mode=unsubscribe&hub.verify_token=${token}&hub.challenge=1`],
    ['no mode', `hub.verify_token=${token}&hub.challenge=1`],
    ['no token', 'hub.mode=subscribe&hub.challenge=1'],
    ['no challenge', `hub.mode=subscribe&hub.verify_token=${token}`],
    ['an empty challenge', `hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=`],
    ['an empty query', ''],
  ])('refuses %s', (_case, query) => {
    expect(verifySubscription(query, token)).toBeUndefined();
  });

  it('refuses everything when no verify token is configured', () => {
    expect(verifySubscription('hub.mode=subscribe&hub.verify_token=&hub.challenge=1', '')).toBeUndefined();
  });
});
