import { describe, expect, it } from 'vitest';
import { defaultSandboxConfig, readSandboxConfig, SandboxConfigError } from './sandbox-config.ts';

describe('readSandboxConfig', () => {
  it('uses loopback, port 5880 and an in-memory database (no file is written) without any setting', () => {
    const config = readSandboxConfig([], {});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(5880);
    expect(config.databasePath).toBe(defaultSandboxConfig.databasePath);
    expect(config.databasePath).toBe(':memory:');
  });

  it('turns a boolean off with --no-<flag> (automatic statuses)', () => {
    expect(readSandboxConfig([], {}).automaticStatuses).toBe(true);
    expect(readSandboxConfig(['--no-automatic-statuses'], {}).automaticStatuses).toBe(false);
    expect(readSandboxConfig([], { WA_SANDBOX_AUTOMATIC_STATUSES: 'false' }).automaticStatuses).toBe(false);
  });

  it('reads environment variables, and flags win over them', () => {
    const config = readSandboxConfig(['--port', '0', '--db', ':memory:', '--duplicate-webhooks'], {
      WA_SANDBOX_PORT: '6000',
      WA_SANDBOX_FAIL_RECIPIENTS: '111, 222',
      WA_SANDBOX_OUT_OF_ORDER_WEBHOOKS: 'true',
      WA_SANDBOX_ACCESS_TOKENS: 'a,b',
    });
    expect(config).toMatchObject({
      port: 0,
      databasePath: ':memory:',
      duplicateWebhooks: true,
      outOfOrderWebhooks: true,
      failRecipients: ['111', '222'],
      accessTokens: ['a', 'b'],
    });
  });

  it.each([
    [['--port', 'abc'], {}],
    [['--port', '70000'], {}],
    [['--no-such-flag'], {}],
    [[], { WA_SANDBOX_DUPLICATE_WEBHOOKS: 'maybe' }],
    [[], { WA_SANDBOX_ACCESS_TOKENS: ' , ' }],
  ])('refuses %j %j with a clear error', (argv, env) => {
    expect(() => readSandboxConfig(argv, env)).toThrow(SandboxConfigError);
  });
});
