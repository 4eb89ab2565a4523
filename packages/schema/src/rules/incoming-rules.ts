import type { RuleDefinition } from './rule-definition.ts';

/** Rules for responses, error bodies and webhook payloads. */
export const incomingRules = {} as const satisfies Record<string, RuleDefinition>;
