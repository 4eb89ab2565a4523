/**
 * `@wa-demo/sandbox` command line: starts the local WhatsApp stand-in and prints where it is.
 * Configuration comes from flags and `WA_SANDBOX_*` environment variables (see README.md).
 */

import { defaultSandboxConfig, readSandboxConfig, SandboxConfigError } from './config/sandbox-config.ts';
import { createSandbox } from './create-sandbox.ts';

async function main(): Promise<void> {
  const config = readSandboxConfig();
  const explicitPort = process.argv.includes('--port') || process.env.WA_SANDBOX_PORT !== undefined;
  let sandbox: Awaited<ReturnType<typeof createSandbox>>;
  try {
    sandbox = await createSandbox(config);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || explicitPort) throw error;
    console.log(`[@wa-demo/sandbox] Port ${config.port} is busy; using a free port instead.`);
    sandbox = await createSandbox({ ...config, port: 0 });
  }
  const { url } = sandbox;
  // Only the well-known sandbox defaults are printed; configured credentials never reach the log.
  const defaultToken = defaultSandboxConfig.accessTokens[0] ?? '';
  const tokenHint = config.accessTokens.includes(defaultToken) ? defaultToken : 'a configured access token';
  const passwordHint =
    config.onPremPassword === defaultSandboxConfig.onPremPassword
      ? `${config.onPremUsername}:${config.onPremPassword}`
      : `${config.onPremUsername}:<configured password>`;
  console.log(`[@wa-demo/sandbox] WhatsApp sandbox ready at ${url}`);
  console.log(`[@wa-demo/sandbox]   chat UI        ${url}/`);
  console.log(
    `[@wa-demo/sandbox]   Cloud API      ${url}/${config.apiVersion}/${config.phoneNumberId}/messages (Bearer ${tokenHint})`,
  );
  console.log(`[@wa-demo/sandbox]   On-Prem API    ${url}/v1/messages (Basic ${passwordHint})`);
  console.log(`[@wa-demo/sandbox]   database       ${config.databasePath}`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[@wa-demo/sandbox] ${signal}: stopping.`);
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof SandboxConfigError ? error.message : error);
  process.exit(1);
});
