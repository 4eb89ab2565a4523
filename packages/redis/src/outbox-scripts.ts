import { redisScript } from './redis-script.ts';

/**
 * The outbox's record transitions, each one Lua script so that it is atomic across processes. A record is
 * a hash (`state`, `message`, `attempts`, `messageId`, `failure`, `nextAttemptAt`, `createdAt`,
 * `updatedAt`); the review set is a sorted set of ids by time.
 */

/** Shared by the scripts: the rank of each state for status webhooks (higher wins; `failed` is final). */
const ranks = `local rank = { accepted = 1, sent = 2, delivered = 3, read = 4 }`;

/** KEYS: record. ARGV: message JSON, now. Creates the record unless it exists; returns the current state. */
export const enqueueScript = redisScript(`
local state = redis.call('HGET', KEYS[1], 'state')
if state then return {0, state} end
redis.call('HSET', KEYS[1], 'state', 'queued', 'message', ARGV[1], 'attempts', 0, 'createdAt', ARGV[2], 'updatedAt', ARGV[2])
return {1, 'queued'}
`);

/**
 * KEYS: record, review set. ARGV: now, id. Marks the record `sending` before the request, or finds that an
 * earlier attempt was cut short while `sending` (a worker died): that record goes to `needs-review`.
 * Returns {'send', message, retries of each kind (rate-limit, undeliverable, transient)}, {'review'}, or
 * {'skip', state} (already settled, or unknown).
 */
export const beginScript = redisScript(`
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'skip', 'missing'} end
if state == 'queued' or state == 'retrying' then
  redis.call('HSET', KEYS[1], 'state', 'sending', 'updatedAt', ARGV[1])
  redis.call('HINCRBY', KEYS[1], 'attempts', 1)
  redis.call('HDEL', KEYS[1], 'nextAttemptAt')
  local fields = redis.call('HMGET', KEYS[1], 'message', 'retries:rate-limit', 'retries:undeliverable', 'retries:transient')
  return {'send', fields[1], tonumber(fields[2] or '0'), tonumber(fields[3] or '0'), tonumber(fields[4] or '0')}
end
if state == 'sending' then
  redis.call('HSET', KEYS[1], 'state', 'needs-review', 'updatedAt', ARGV[1], 'failure',
    '{"source":"worker","code":"WA_STALLED","message":"[@wa/redis] The worker sending this message stopped before it learned the outcome; the message may have been sent."}')
  redis.call('ZADD', KEYS[2], ARGV[1], ARGV[2])
  return {'review'}
end
return {'skip', state}
`);

/**
 * KEYS: record, message-ID index key, early-status key, review set. ARGV: message ID, now, retention ms,
 * id. Records the API's message ID (also over a `needs-review` set by a worker that thought this one
 * dead), applies a status webhook that arrived before the answer, and starts the retention.
 */
export const acceptScript = redisScript(`
${ranks}
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 0 end
local next = 'accepted'
local early = redis.call('GET', KEYS[3])
if early then
  local decoded = cjson.decode(early)
  if decoded.status == 'failed' or (rank[decoded.status] or 0) > 1 then next = decoded.status end
  if decoded.failure then redis.call('HSET', KEYS[1], 'failure', cjson.encode(decoded.failure)) end
  redis.call('DEL', KEYS[3])
end
if state ~= 'failed' and (rank[state] or 0) < (rank[next] or 5) then
  redis.call('HSET', KEYS[1], 'state', next)
end
redis.call('HSET', KEYS[1], 'messageId', ARGV[1], 'updatedAt', ARGV[2])
if state == 'needs-review' then
  redis.call('HDEL', KEYS[1], 'failure')
  redis.call('ZREM', KEYS[4], ARGV[4])
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[3])
return 1
`);

/**
 * KEYS: record, review set. ARGV: next state (`failed`, `retrying`, `needs-review`), failure JSON, now,
 * next attempt time (or ''), retention ms, id, retry counter to increment (or ''). Settles an attempt that did not get a message ID; only a
 * record still `sending` changes (never one that another worker already settled).
 */
export const settleScript = redisScript(`
if redis.call('HGET', KEYS[1], 'state') ~= 'sending' then return 0 end
redis.call('HSET', KEYS[1], 'state', ARGV[1], 'failure', ARGV[2], 'updatedAt', ARGV[3])
if ARGV[4] ~= '' then redis.call('HSET', KEYS[1], 'nextAttemptAt', ARGV[4]) end
if ARGV[7] ~= '' then redis.call('HINCRBY', KEYS[1], 'retries:' .. ARGV[7], 1) end
if ARGV[1] == 'needs-review' then redis.call('ZADD', KEYS[2], ARGV[3], ARGV[6]) end
if ARGV[1] == 'failed' then redis.call('PEXPIRE', KEYS[1], ARGV[5]) end
return 1
`);

/**
 * KEYS: record (or a placeholder when the ID is unknown), early-status key. ARGV: status, failure JSON or
 * '', now, retention ms, known ('1' when the record key is real). Advances the record (sent < delivered <
 * read; failed is final); for an unknown message ID, keeps the status briefly in case the send's answer
 * is still on its way.
 */
export const statusScript = redisScript(`
${ranks}
if ARGV[5] ~= '1' then
  redis.call('SET', KEYS[2], cjson.encode({ status = ARGV[1], failure = ARGV[2] ~= '' and cjson.decode(ARGV[2]) or nil }), 'PX', 600000)
  return {0, ''}
end
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {0, ''} end
if state == 'failed' then return {0, state} end
if ARGV[1] == 'failed' or (rank[ARGV[1]] or 0) > (rank[state] or 0) then
  redis.call('HSET', KEYS[1], 'state', ARGV[1], 'updatedAt', ARGV[3])
  if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'failure', ARGV[2]) end
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  return {1, ARGV[1]}
end
return {0, state}
`);

/**
 * KEYS: record, review set, message-ID index key (or a placeholder). ARGV: resolution (`sent`, `resend`,
 * `failed`), now, retention ms, id, message ID or ''. Settles a `needs-review` record by hand: `resend` puts it back to `queued`.
 */
export const resolveScript = redisScript(`
if redis.call('HGET', KEYS[1], 'state') ~= 'needs-review' then return 0 end
redis.call('ZREM', KEYS[2], ARGV[4])
if ARGV[1] == 'resend' then
  redis.call('HSET', KEYS[1], 'state', 'queued', 'updatedAt', ARGV[2])
  redis.call('HDEL', KEYS[1], 'failure')
  return 1
end
redis.call('HSET', KEYS[1], 'state', ARGV[1] == 'sent' and 'accepted' or 'failed', 'updatedAt', ARGV[2])
if ARGV[5] ~= '' then
  redis.call('HSET', KEYS[1], 'messageId', ARGV[5])
  redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[3])
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`);
