// Building blocks shared by the Cloud request, the On-Premises request and the dialect-neutral
// OutgoingMessage: the fields around the payload, one variant per message type, and the type union.
// Everything here runs once, at import; validation itself constructs nothing.
import type * as z from 'zod/mini';
import { forbiddenField } from '../common/forbidden-field.ts';
import { strictObject } from '../common/object-schema.ts';
import { isPlainObject } from '../common/plain-object.ts';
import { type RequiredField, requiredField } from '../common/required-field.ts';
import { valueCheck } from '../common/value-check.ts';
import { reportRule } from '../validation/rule-check.ts';

/** The payload keys of a send request, one per message type. */
export const payloadKeys = [
  'text',
  'image',
  'video',
  'audio',
  'document',
  'sticker',
  'contacts',
  'location',
  'reaction',
  'interactive',
  'template',
  'hsm',
] as const;

/** One of {@link payloadKeys}; also the `type` of the message that carries it. */
export type PayloadKey = (typeof payloadKeys)[number];

/** The rule that requires each payload when `type` names it. */
const payloadRules: Record<PayloadKey, string | undefined> = {
  text: 'R-REQ-15',
  audio: 'R-REQ-7',
  contacts: 'R-REQ-8',
  document: 'R-REQ-9',
  image: 'R-REQ-10',
  interactive: 'R-REQ-11',
  location: 'R-REQ-12',
  sticker: 'R-REQ-13',
  template: 'R-REQ-14',
  video: 'R-REQ-16',
  hsm: 'R-REQ-19',
  reaction: undefined,
};

const mediaKeys = new Set<PayloadKey>(['image', 'video', 'audio', 'document', 'sticker']);

/** A payload key that does not belong to this message's type. */
type ForeignPayload = ReturnType<typeof forbiddenField>;

/** The payload keys other than `K`, each forbidden. */
export type ForeignPayloads<K extends PayloadKey> = { [Q in Exclude<PayloadKey, K>]: ForeignPayload };

/**
 * The payload keys a message of type `own` must not carry (D-4), each reported with the rule of the type
 * it belongs to (media on a text message: R-MEDIA-4).
 */
function foreignPayloads<K extends PayloadKey>(own: K): ForeignPayloads<K> {
  const shape: Record<string, ForeignPayload> = {};
  for (const key of payloadKeys) {
    if (key === own) continue;
    const rule = own === 'text' && mediaKeys.has(key) ? 'R-MEDIA-4' : payloadRules[key];
    shape[key] = forbiddenField(rule, `belongs to messages of type "${key}"; this message has type "${own}"`);
  }
  return shape as ForeignPayloads<K>;
}

/** The object schema of one message type: `envelope` fields, `type`, the payload, the other payloads forbidden. */
export type MessageVariant<
  T extends z.ZodMiniType,
  K extends PayloadKey,
  P extends z.ZodMiniType,
  E extends z.core.$ZodShape,
  X extends z.core.$ZodShape,
> = z.ZodMiniObject<
  Omit<E, keyof X> & X & ForeignPayloads<K> & { type: T } & { [Q in K]: RequiredField<P> },
  z.core.$strict
>;

/**
 * One message type of a send request: the envelope fields, `type`, the required payload under `key`
 * (reported with its R-REQ rule when missing), every other payload key forbidden (D-4), and `extra`
 * fields that override the envelope for this type.
 */
export function messageVariant<
  T extends z.ZodMiniType,
  K extends PayloadKey,
  P extends z.ZodMiniType,
  E extends z.core.$ZodShape,
  X extends z.core.$ZodShape = Record<never, never>,
>(type: T, key: K, payload: P, envelope: E, extra?: X): MessageVariant<T, K, P, E, X> {
  const shape = {
    ...envelope,
    ...foreignPayloads(key),
    ...extra,
    type,
    [key]: requiredField(payload, payloadRules[key]),
  };
  return strictObject(shape) as unknown as MessageVariant<T, K, P, E, X>;
}

/** A message type one API has and the other has not, with the rule that says so. */
export interface ForeignType {
  /** The rule that makes the type API-specific, if one exists. */
  rule?: string | undefined;
  /** What is wrong and what to do instead. */
  message: string;
}

/** `when` of {@link typeIssueCheck}: the union found no variant for the value. */
function hasUnionIssue(payload: z.core.ParsePayload): boolean {
  for (const issue of payload.issues) if (issue.code === 'invalid_union') return true;
  return false;
}

/**
 * Replaces zod's generic "no matching discriminator" issue on `type` by a readable one: the type that
 * belongs to the other API with its rule (e.g. `hsm` on the Cloud API, R-REQ-19), or the list of the types
 * this request accepts.
 */
export function typeIssueCheck(
  accepted: readonly string[],
  foreignTypes: Readonly<Record<string, ForeignType>>,
): z.core.$ZodCheck<unknown> {
  const acceptedList = accepted.map((type) => `"${type}"`).join(', ');
  return valueCheck<unknown>((value, ctx) => {
    const index = ctx.issues.findIndex(
      (issue) => issue.code === 'invalid_union' && issue.path?.length === 1 && issue.path[0] === 'type',
    );
    if (index === -1 || !isPlainObject(value)) return;
    ctx.issues.splice(index, 1);
    const type = value.type;
    const foreign =
      typeof type === 'string' && Object.hasOwn(foreignTypes, type) ? foreignTypes[type] : undefined;
    if (foreign !== undefined) {
      if (foreign.rule === undefined) {
        ctx.issues.push({ code: 'custom', message: foreign.message, input: type, path: ['type'] });
      } else {
        reportRule(ctx, { rule: foreign.rule, path: ['type'], message: foreign.message });
      }
      return;
    }
    ctx.issues.push({
      code: 'custom',
      message: `must be one of ${acceptedList} (or omitted for text)`,
      input: type,
      path: ['type'],
    });
  }, hasUnionIssue);
}
