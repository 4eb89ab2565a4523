import { ValidationError } from '@wa/schema';
import { describe, expect, it } from 'vitest';
import { type ClientSettings, DEFAULT_TIMEOUT_MS, resolveClientSettings } from './client-settings.ts';

const context = {
  packageName: '@wa/transport-x',
  subject: 'X client settings',
  userAgent: 'wa/transport-x/1.0.0',
};

function issuesOf(settings: ClientSettings): string[] {
  try {
    resolveClientSettings(settings, context);
  } catch (error) {
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/^\[@wa\/transport-x\] Invalid X client settings/);
    return (error as ValidationError).issues.map((issue) => issue.path);
  }
  return [];
}

describe('resolveClientSettings', () => {
  it('applies the defaults both clients share', () => {
    const resolved = resolveClientSettings({}, context);
    expect(resolved).toMatchObject({ timeout: DEFAULT_TIMEOUT_MS, validate: true, unknownKeys: 'reject' });
    expect(resolved.headers).toStrictEqual({ 'user-agent': 'wa/transport-x/1.0.0' });
    expect(resolved.pacer).toBeDefined();
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
  });

  it.each([
    ['$.timeout', { timeout: 0 }],
    ['$.timeout', { timeout: -5 }],
    ['$.timeout', { timeout: Number.POSITIVE_INFINITY }],
    ['$.userAgent', { userAgent: 'a\r\nx-injected: 1' }],
    ['$.unknownKeys', { unknownKeys: 'ignore' as 'allow' }],
    ['$.validate', { validate: 'yes' as unknown as boolean }],
    ['$.pacing.messagesPerSecond', { pacing: { messagesPerSecond: Number.NaN } }],
    ['$.pacing.recipientIntervalMs', { pacing: { recipientIntervalMs: -1 } }],
    ['$.pacing', { pacing: 5 as unknown as false }],
    ['$.retry.maxAttempts', { retry: { maxAttempts: 0 } }],
    ['$.templateCatalog', { templateCatalog: {} as never }],
    ['$.serviceWindow', { serviceWindow: { recordInbound: () => {} } as never }],
  ])('reports %s as a ValidationError in the client package', (path, settings) => {
    expect(issuesOf(settings)).toContain(path);
  });

  it('reports every problem at once, with the issues the client found itself', () => {
    try {
      resolveClientSettings(
        { timeout: 0, userAgent: '' },
        { ...context, issues: [{ path: '$.baseUrl', message: 'must be an http(s) URL' }] },
      );
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((issue) => issue.path)).toStrictEqual([
        '$.baseUrl',
        '$.timeout',
        '$.userAgent',
      ]);
    }
  });

  it('lets userAgent replace the default and a User-Agent header of any case', () => {
    expect(
      resolveClientSettings({ headers: { 'User-Agent': 'from-header' } }, context).headers,
    ).toStrictEqual({
      'user-agent': 'from-header',
    });
    expect(
      resolveClientSettings({ headers: { 'User-Agent': 'from-header' }, userAgent: 'setting' }, context)
        .headers,
    ).toStrictEqual({ 'user-agent': 'setting' });
  });

  it('uses a pacer of the user as it is, and none with pacing: false', () => {
    const pacer = { run: <T>(task: () => Promise<T>) => task() };
    expect(resolveClientSettings({ pacing: pacer }, context).pacer).toBe(pacer);
    expect(resolveClientSettings({ pacing: false }, context).pacer).toBeUndefined();
  });
});
