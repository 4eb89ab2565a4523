import { describe, expect, it } from 'vitest';
import { packageSpecifier } from './typedoc-package-names.ts';

describe('packageSpecifier', () => {
  it.each([
    ['format/src', '@wa/format'],
    ['transport-cloud/src', '@wa/transport-cloud'],
    ['webhooks/src/adapters/node', '@wa/webhooks/node'],
    ['webhooks/src/adapters/express', '@wa/webhooks/express'],
    ['schema/src/entries/messages', '@wa/schema/messages'],
    ['something else', 'something else'],
  ])('%s → %s', (moduleName, expected) => {
    expect(packageSpecifier(moduleName)).toBe(expected);
  });
});
