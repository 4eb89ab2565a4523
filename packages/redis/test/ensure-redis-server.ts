/**
 * Makes sure Debian's `redis-server` is installed for the tests (they start their own server on a free
 * loopback port, see `redis-server.ts`). Installs it with apt when missing and running as root; otherwise
 * stops with instructions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { redisServerPath } from './redis-server-path.ts';

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

if (redisServerPath() === undefined) {
  const fail = (why: string) => {
    console.error(
      `[@wa/redis] The tests need redis-server, and ${why}.\n` +
        '  Install it with: sudo apt-get update && sudo apt-get install -y redis-server',
    );
    process.exit(1);
  };
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) fail('this system has no apt-get');
  if (process.getuid?.() !== 0) fail('installing it needs root');
  console.log('[@wa/redis] Installing redis-server for the tests (apt-get install redis-server)…');
  if (
    !run('apt-get', ['update']) ||
    !run('apt-get', ['install', '-y', '--no-install-recommends', 'redis-server'])
  ) {
    fail('apt-get could not install it');
  }
  if (redisServerPath() === undefined) fail('apt-get finished but redis-server is still missing');
}
