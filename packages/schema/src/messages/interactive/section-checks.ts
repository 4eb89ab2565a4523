import { isPlainObject, isPlainObjectPayload } from '../../common/plain-object.ts';
import { valueCheck } from '../../common/value-check.ts';
import { reportRule } from '../../validation/rule-check.ts';

/** The most sections a list or multi-product message may have (R-INT-LIST-2, R-INT-PL-4). */
export const MAX_SECTIONS = 10;

/** Rule IDs and limits for the checks across the sections of one message. */
export interface SectionRules {
  /** What the message is, for messages: "a list message". */
  readonly what: string;
  /** 1 to 10 sections. */
  readonly sectionCount: string;
  /** A title on every section when there is more than one. */
  readonly title: string;
  /** The key of the items array in a section: `rows` or `product_items`. */
  readonly itemsKey: 'rows' | 'product_items';
  /** What one item is called in messages: "row" or "product". */
  readonly itemName: string;
  /** At least one item per section. */
  readonly itemsPerSection: string;
  /** At most `maxItems` items across all sections. */
  readonly totalItems: string;
  /** The most items across all sections. */
  readonly maxItems: number;
  /** The rule that makes item ids unique across sections, if any (D-8). */
  readonly uniqueId?: { readonly rule: string; readonly key: string } | undefined;
}

/**
 * One check over all sections of an `action`: section count, titles when there are several, items per
 * section, items across sections and unique ids. It reads the raw value defensively and runs even when a
 * field failed its own check, so every problem is listed at once.
 */
export function sectionsCheck(rules: SectionRules) {
  return valueCheck<unknown>((action, ctx) => {
    const sections = (action as { sections?: unknown }).sections;
    if (!Array.isArray(sections)) return;
    if (sections.length === 0) {
      reportRule(ctx, {
        rule: rules.sectionCount,
        limit: MAX_SECTIONS,
        path: ['sections'],
        message: `has no sections; ${rules.what} needs 1 to ${MAX_SECTIONS}`,
      });
    } else if (sections.length > MAX_SECTIONS) {
      reportRule(ctx, {
        rule: rules.sectionCount,
        limit: MAX_SECTIONS,
        path: ['sections'],
        message: `has ${sections.length} sections; at most ${MAX_SECTIONS} are allowed`,
      });
    }
    let total = 0;
    for (const section of sections as unknown[]) {
      const items = itemsOf(section, rules.itemsKey);
      if (Array.isArray(items)) total += items.length;
    }
    const unique = rules.uniqueId;
    // Large inputs: one map from id to where it first appeared; small ones compare with the earlier items.
    const firstSeen = unique !== undefined && total > SCAN_LIMIT ? new Map<string, Place>() : undefined;
    for (let sectionIndex = 0; sectionIndex < sections.length; sectionIndex++) {
      const section: unknown = sections[sectionIndex];
      if (!isPlainObject(section)) continue;
      if (sections.length > 1 && section.title === undefined) {
        reportRule(ctx, {
          rule: rules.title,
          path: ['sections', sectionIndex, 'title'],
          message: `is required when ${rules.what} has more than one section`,
        });
      }
      const items = section[rules.itemsKey];
      if (!Array.isArray(items)) continue;
      if (items.length === 0) {
        reportRule(ctx, {
          rule: rules.itemsPerSection,
          path: ['sections', sectionIndex, rules.itemsKey],
          message: `is empty; every section needs at least one ${rules.itemName}`,
        });
      }
      if (unique === undefined) continue;
      for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
        const id = itemId(items, itemIndex, unique.key);
        if (id === undefined) continue;
        const first =
          firstSeen === undefined
            ? findEarlier(sections, rules.itemsKey, unique.key, id, sectionIndex, itemIndex)
            : firstSeen.get(id);
        if (first === undefined) {
          firstSeen?.set(id, [sectionIndex, itemIndex]);
          continue;
        }
        reportRule(ctx, {
          rule: unique.rule,
          path: ['sections', sectionIndex, rules.itemsKey, itemIndex, unique.key],
          message: `repeats the ${unique.key} of sections[${first[0]}].${rules.itemsKey}[${first[1]}]; each ${rules.itemName} needs its own ${unique.key} (D-8)`,
        });
      }
    }
    if (total > rules.maxItems) {
      reportRule(ctx, {
        rule: rules.totalItems,
        limit: rules.maxItems,
        path: ['sections'],
        message: `has ${total} ${rules.itemName}s across all sections; at most ${rules.maxItems} are allowed`,
      });
    }
  }, isPlainObjectPayload);
}

/** A section index and an item index. */
type Place = readonly [number, number];

/** Up to this many items, repeated ids are found by comparing with the earlier items (no map to build). */
const SCAN_LIMIT = 32;

/** The id of an item, when the item is an object with a string id. */
function itemId(items: unknown, itemIndex: number, key: string): string | undefined {
  if (!Array.isArray(items)) return undefined;
  const item: unknown = items[itemIndex];
  const id = isPlainObject(item) ? item[key] : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The items array of a section, when the section is an object. */
function itemsOf(section: unknown, itemsKey: SectionRules['itemsKey']): unknown {
  return isPlainObject(section) ? section[itemsKey] : undefined;
}

/** Where `id` first appears before item `itemIndex` of section `sectionIndex`, if it does. */
function findEarlier(
  sections: readonly unknown[],
  itemsKey: SectionRules['itemsKey'],
  key: string,
  id: string,
  sectionIndex: number,
  itemIndex: number,
): Place | undefined {
  for (let earlierSection = 0; earlierSection <= sectionIndex; earlierSection++) {
    const items = itemsOf(sections[earlierSection], itemsKey);
    if (!Array.isArray(items)) continue;
    const end = earlierSection === sectionIndex ? itemIndex : items.length;
    for (let earlierItem = 0; earlierItem < end; earlierItem++) {
      if (itemId(items, earlierItem, key) === id) return [earlierSection, earlierItem];
    }
  }
  return undefined;
}
