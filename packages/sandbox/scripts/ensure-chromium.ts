/**
 * Makes sure Debian's Chromium is installed for the browser tests (`playwright-core` drives it and
 * downloads no browser of its own). Installs it with apt when missing and running as root; otherwise
 * stops with instructions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = '/usr/bin/chromium';

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

if (!existsSync(chromium)) {
  const fail = (why: string) => {
    console.error(
      `[@wa/sandbox] The browser tests need Chromium at ${chromium}, and ${why}.\n` +
        '  Install it with: sudo apt-get update && sudo apt-get install -y chromium',
    );
    process.exit(1);
  };
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) fail('this system has no apt-get');
  if (process.getuid?.() !== 0) fail('installing it needs root');
  console.log('[@wa/sandbox] Installing Chromium for the browser tests (apt-get install chromium)…');
  if (
    !run('apt-get', ['update']) ||
    !run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])
  ) {
    fail('apt-get could not install it');
  }
  if (!existsSync(chromium)) fail(`apt-get finished but ${chromium} is still missing`);
}
