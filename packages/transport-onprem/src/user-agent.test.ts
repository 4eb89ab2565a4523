import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { USER_AGENT } from './user-agent.ts';

describe('USER_AGENT', () => {
  it('names the package and its version', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(USER_AGENT).toBe(`wa/transport-onprem/${manifest.version}`);
  });
});
