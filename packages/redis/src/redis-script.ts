import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/** A Lua script run with `EVALSHA` (one round trip), loaded with `EVAL` the first time a server lacks it. */
export interface RedisScript {
  /** The script's SHA-1, as `SCRIPT LOAD` names it. */
  readonly sha: string;
  /** Runs the script with `keys` and `args` and resolves with its reply. */
  run(redis: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown>;
}

/**
 * Wraps a Lua script so that each call costs one round trip: `EVALSHA`, and `EVAL` (which also caches the
 * script on the server) only when the server answers `NOSCRIPT` (first use, or after a restart).
 */
export function redisScript(source: string): RedisScript {
  const sha = createHash('sha1').update(source).digest('hex');
  return {
    sha,
    async run(redis, keys, args) {
      try {
        return await redis.evalsha(sha, keys.length, ...keys, ...args);
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
        return await redis.eval(source, keys.length, ...keys, ...args);
      }
    },
  };
}
