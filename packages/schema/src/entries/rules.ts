/**
 * `@wa/schema/rules`: the table of every rule of the WhatsApp Business messages API this SDK knows,
 * by ID (`R-<AREA>-<n>`), as validation issues name them.
 *
 * @module
 */
export { type RuleId, rules } from '../rules/index.ts';
export type { RuleApi, RuleDefinition, RuleEnforcement } from '../rules/rule-definition.ts';
