/** Which API a rule applies to. */
export type RuleApi = 'cloud' | 'onprem' | 'both';

/**
 * How a rule is upheld:
 * - `schema`: a validator in this package rejects values that break it;
 * - `transport`: a transport implements it (headers, endpoints, retries, pacing);
 * - `webhooks`: `@wa/webhooks` implements it;
 * - `documented`: guidance with nothing a program can check (it is written in a README instead).
 */
export type RuleEnforcement = 'schema' | 'transport' | 'webhooks' | 'documented';

/** One rule of the WhatsApp Business messages API, as this SDK records it. */
export interface RuleDefinition {
  /** What the rule says, in one sentence. */
  readonly summary: string;
  /** The limit (a length or count) the rule sets, if any. */
  readonly limit?: number;
  /** Which API the rule applies to. */
  readonly api: RuleApi;
  /** How the SDK upholds it. */
  readonly enforcement: RuleEnforcement;
}
