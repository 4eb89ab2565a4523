import { redisScript } from './redis-script.ts';

/**
 * The shared pacer's one round trip: GCRA ("generic cell rate algorithm") reservations in microseconds of
 * the Redis server's clock, so every process agrees on time.
 *
 * KEYS[1] is the phone number's key, KEYS[2] (optional) the recipient's. ARGV: the phone number's emission
 * interval and burst tolerance, then the recipient's (all in µs).
 *
 * With a recipient key, the recipient's next slot is reserved first. If it is in the future, the reply is
 * `{0, waitUs}`: the caller sleeps, then calls again with the phone number's key only (a second round
 * trip, only for a recipient over its pair rate). Otherwise the phone number's next slot is reserved and
 * the reply is `{1, waitUs}`: start the task after `waitUs`. Slots are handed out in arrival order, so
 * processes are served fairly and the aggregate rate is exact whatever their number.
 */
export const pacerScript = redisScript(`
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local function reserve(key, interval, tolerance)
  local tat = tonumber(redis.call('GET', key) or '0')
  if tat < now then tat = now end
  local nextTat = tat + interval
  redis.call('SET', key, string.format('%.0f', nextTat), 'PX', math.floor((nextTat - now) / 1000) + 1000)
  local wait = tat - tolerance - now
  if wait < 0 then wait = 0 end
  return wait
end
if #KEYS == 2 then
  local wait = reserve(KEYS[2], tonumber(ARGV[3]), tonumber(ARGV[4]))
  if wait > 0 then return {0, wait} end
end
return {1, reserve(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]))}
`);

/** The same reservations in one process's memory: the fallback when Redis is unreachable. */
export class LocalReservations {
  readonly #tats = new Map<string, number>();

  /** Reserves the next slot of `key` and returns how long to wait for it, in µs. */
  reserve(key: string, intervalUs: number, toleranceUs: number): number {
    const now = performance.now() * 1000;
    const tat = Math.max(this.#tats.get(key) ?? 0, now);
    this.#tats.set(key, tat + intervalUs);
    if (this.#tats.size > 10_000) {
      for (const [name, value] of this.#tats) if (value < now) this.#tats.delete(name);
    }
    return Math.max(0, tat - toleranceUs - now);
  }
}
