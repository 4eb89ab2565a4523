import type { RuleDefinition } from './rule-definition.ts';

/** Rules for transport, delivery, errors, performance and versions. */
export const behaviourRules = {} as const satisfies Record<string, RuleDefinition>;
