import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import definitionsFile from './__fixtures__/template-definitions.json' with { type: 'json' };
import { createTemplateCatalog } from './template-catalog.ts';
import { type TemplateDefinition, templateListResponseSchema } from './template-definition.ts';

const definitions: TemplateDefinition[] = templateListResponseSchema.parse(definitionsFile).data;

/** A catalog over `list()` with a clock the test moves, counting loads. */
function catalogOver(list: () => TemplateDefinition[]) {
  const clock = { now: 1_000_000 };
  const counter = { loads: 0 };
  const catalog = createTemplateCatalog({
    load: async () => {
      counter.loads++;
      return list();
    },
    maxAgeMs: 60_000,
    minReloadIntervalMs: 5_000,
    now: () => clock.now,
  });
  return { catalog, clock, counter };
}

const oneParameterTooFew = {
  type: 'template',
  to: '15551234567',
  template: {
    name: 'order_update',
    language: { code: 'en_US' },
    components: [
      { type: 'header', parameters: [{ type: 'text', text: 'A-1' }] },
      {
        type: 'body',
        parameters: [
          { type: 'text', text: 'Ada' },
          { type: 'text', text: 'x' },
        ],
      },
      { type: 'button', sub_type: 'url', index: 1, parameters: [{ type: 'text', text: 'A-1' }] },
    ],
  },
};

describe('createTemplateCatalog', () => {
  it('loads on first use only, then serves from the cache until maxAgeMs passes', async () => {
    const { catalog, clock, counter } = catalogOver(() => definitions);
    expect(counter.loads).toBe(0);
    expect((await catalog.definitions('order_update')).map((definition) => definition.language)).toEqual([
      'en_US',
      'de',
    ]);
    await catalog.get('order_update', 'de');
    expect(counter.loads).toBe(1);
    clock.now += 60_000;
    await catalog.get('order_update', 'en_US');
    expect(counter.loads).toBe(2);
  });

  it('reloads early for a name it does not know, at most once per minReloadIntervalMs', async () => {
    const list = [...definitions];
    const { catalog, clock, counter } = catalogOver(() => list);
    expect(await catalog.definitions('brand_new')).toEqual([]);
    expect(counter.loads).toBe(1);
    list.push({ name: 'brand_new', language: 'en_US', status: 'APPROVED', components: [] });
    expect(await catalog.definitions('brand_new')).toEqual([]);
    expect(counter.loads).toBe(1);
    clock.now += 5_000;
    expect(await catalog.definitions('brand_new')).toHaveLength(1);
    expect(counter.loads).toBe(2);
  });

  it('shares one load between concurrent checks', async () => {
    const { catalog, counter } = catalogOver(() => definitions);
    await Promise.all([
      catalog.check(oneParameterTooFew),
      catalog.check(oneParameterTooFew),
      catalog.refresh(),
    ]);
    expect(counter.loads).toBe(1);
  });

  it('R-TPL-9: assertSendable rejects one parameter too few with a ValidationError naming path and rule', async () => {
    const { catalog } = catalogOver(() => definitions);
    const error = await catalog.assertSendable(oneParameterTooFew).catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues).toEqual([
      expect.objectContaining({ path: '$.template.components[1].parameters', rule: 'R-TPL-9', limit: 3 }),
    ]);
    expect((error as ValidationError).message).toMatch(/Invalid template message \(1 problem\)/);
  });

  it('passes non-template messages without loading anything', async () => {
    const { catalog, counter } = catalogOver(() => definitions);
    await expect(
      catalog.assertSendable({ type: 'text', to: '1', text: { body: 'hi' } }),
    ).resolves.toBeUndefined();
    expect(counter.loads).toBe(0);
  });

  it('R-TPL-9: a status change from a webhook applies at once, per language', async () => {
    const { catalog } = catalogOver(() => definitions);
    const sendable = {
      ...oneParameterTooFew,
      template: { name: 'spring_coupon', language: { code: 'en_US' } },
    };
    expect(await catalog.check(sendable)).toHaveLength(1);
    catalog.applyStatusChange({ name: 'spring_coupon', language: 'en_US', status: 'APPROVED' });
    expect(await catalog.check(sendable)).toEqual([]);
    catalog.applyStatusChange({ name: 'spring_coupon', status: 'PAUSED' });
    expect((await catalog.check(sendable))[0]?.message).toMatch(/is PAUSED/);
  });

  it('keeps the loaded definitions when a reload fails, and reports the failure', async () => {
    let fail = false;
    const clock = { now: 0 };
    const catalog = createTemplateCatalog({
      load: () => {
        if (fail) throw new Error('Graph API unreachable');
        return definitions;
      },
      maxAgeMs: 10,
      now: () => clock.now,
    });
    expect(await catalog.get('order_update', 'en_US')).toBeDefined();
    fail = true;
    clock.now = 10;
    await expect(catalog.get('order_update', 'en_US')).rejects.toThrow('Graph API unreachable');
    fail = false;
    expect(await catalog.get('order_update', 'en_US')).toBeDefined();
  });
});
