import { describe, expect, it } from 'vitest';
import { readBotConfig, sandboxDefaults } from './bot-config.ts';

describe('readBotConfig', () => {
  it('points everything at the sandbox without credentials', () => {
    const config = readBotConfig({});
    expect(config).toMatchObject({
      api: 'cloud',
      realCloud: false,
      port: 5881,
      cloud: { baseUrl: sandboxDefaults.url, accessToken: sandboxDefaults.accessToken },
      onPrem: { baseUrl: sandboxDefaults.url, username: 'admin' },
      appSecret: sandboxDefaults.appSecret,
    });
  });

  it('switches to the real Cloud API when credentials are set, with no code change', () => {
    const config = readBotConfig({
      WHATSAPP_ACCESS_TOKEN: 'EAAG-real',
      WHATSAPP_PHONE_NUMBER_ID: '123456789',
      WHATSAPP_APP_SECRET: 'real-secret',
    });
    expect(config).toMatchObject({
      realCloud: true,
      cloud: { baseUrl: 'https://graph.facebook.com', accessToken: 'EAAG-real', phoneNumberId: '123456789' },
      appSecret: 'real-secret',
    });
    expect(config.cloud.apiVersion).toBeUndefined();
  });

  it('refuses real credentials without the app secret, without echoing the token', () => {
    expect(() =>
      readBotConfig({ WHATSAPP_ACCESS_TOKEN: 'EAAG-real', WHATSAPP_PHONE_NUMBER_ID: '1' }),
    ).toThrow(/WHATSAPP_APP_SECRET is required/);
    try {
      readBotConfig({ WHATSAPP_ACCESS_TOKEN: 'EAAG-real', WHATSAPP_PHONE_NUMBER_ID: '1' });
    } catch (error) {
      expect(String(error)).not.toContain('EAAG-real');
    }
  });

  it.each([
    [{ WA_DEMO_API: 'sms' }, /WA_DEMO_API/],
    [{ WA_DEMO_PORT: 'x' }, /WA_DEMO_PORT/],
    [{ WA_DEMO_REDIS_URL: 'http://127.0.0.1:6379' }, /WA_DEMO_REDIS_URL must start with redis:\/\//],
  ])('refuses %j', (env, message) => {
    expect(() => readBotConfig(env)).toThrow(message);
  });

  it('chooses the On-Premises transport with WA_DEMO_API=onprem', () => {
    expect(readBotConfig({ WA_DEMO_API: 'onprem', WA_ONPREM_BASE_URL: 'http://127.0.0.1:9' })).toMatchObject({
      api: 'onprem',
      onPrem: { baseUrl: 'http://127.0.0.1:9' },
    });
  });

  it('keeps everything in memory unless WA_DEMO_REDIS_URL is set', () => {
    expect(readBotConfig({}).redisUrl).toBeUndefined();
    expect(
      readBotConfig({ WA_DEMO_REDIS_URL: ' redis://127.0.0.1:6379 ', WA_DEMO_INSTANCE: 'bot-2' }),
    ).toMatchObject({ redisUrl: 'redis://127.0.0.1:6379', instance: 'bot-2' });
  });

  it('never echoes a Redis URL it refuses (it may hold a password)', () => {
    expect(() => readBotConfig({ WA_DEMO_REDIS_URL: 'tcp://user:s3cret@host:6379' })).toThrow(
      /^(?!.*s3cret)/s,
    );
  });
});
