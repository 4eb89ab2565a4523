import type { RuleDefinition } from './rule-definition.ts';

/** Rules for top-level request, text, media, stickers, contacts, location, formatting, mark-as-read. */
export const coreRules = {} as const satisfies Record<string, RuleDefinition>;
