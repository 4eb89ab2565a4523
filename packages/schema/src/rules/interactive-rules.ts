import type { RuleDefinition } from './rule-definition.ts';

/** Rules for interactive messages (list, button, product, product_list, catalog_message, flow, location_request_message). */
export const interactiveRules = {} as const satisfies Record<string, RuleDefinition>;
