import { existsSync } from 'node:fs';

/** Where Debian's package puts the server binary; `undefined` when it is not installed. */
export function redisServerPath(): string | undefined {
  return ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((path) => existsSync(path));
}
