#!/usr/bin/env node
/**
 * `wa-sandbox` (`npx @wa/sandbox`): starts the WhatsApp sandbox with its chat UI and prints where
 * everything is. Settings come from flags and `WA_SANDBOX_*` environment variables (see README.md).
 *
 * @module
 */
import { defaultSandboxConfig, readSandboxConfig, SandboxConfigError } from './config/sandbox-config.ts';
import { SandboxError } from './sandbox-error.ts';
import { startSandboxServer } from './start-sandbox-server.ts';

async function main(): Promise<void> {
  const config = readSandboxConfig();
  let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
  try {
    sandbox = await startSandboxServer(config);
  } catch (error) {
    if (!SandboxError.isInstance(error) || error.code !== 'WA_SANDBOX_PORT_IN_USE') throw error;
    // Never move silently: a bot configured for this port would talk to whatever holds it.
    console.error(
      `[@wa/sandbox] Port ${config.port} on ${config.host} is already in use. ` +
        'Stop what holds it, pick another with --port <number>, or use --port 0 for any free port.',
    );
    process.exit(1);
  }
  const { url } = sandbox;
  // Only the well-known sandbox defaults are printed; configured credentials never reach the log.
  const defaultToken = defaultSandboxConfig.accessTokens[0] ?? '';
  const tokenHint = config.accessTokens.includes(defaultToken) ? defaultToken : '<configured access token>';
  const passwordHint =
    config.onPremPassword === defaultSandboxConfig.onPremPassword
      ? `${config.onPremUsername}:${config.onPremPassword}`
      : `${config.onPremUsername}:<configured password>`;
  const secretHint =
    config.appSecret === defaultSandboxConfig.appSecret ? config.appSecret : '<configured app secret>';
  const lines = [
    `WhatsApp sandbox ready at ${url}`,
    `  chat UI        ${url}/`,
    `  Cloud API      ${url}/${config.apiVersion}/${config.phoneNumberId}/messages`,
    `                 baseUrl ${url}, phoneNumberId ${config.phoneNumberId}, accessToken ${tokenHint}`,
    `  templates      ${url}/${config.apiVersion}/${config.wabaId}/message_templates (businessAccountId ${config.wabaId})`,
    `  On-Prem API    ${url}/v1/messages (Basic ${passwordHint})`,
    `  webhooks       appSecret ${secretHint}, verifyToken ${config.verifyToken}`,
    `                 Cloud → ${config.callbackUrl || '(none; set one in the UI)'}, On-Prem → ${config.onPremCallbackUrl || '(none)'}`,
    `  database       ${config.databasePath}`,
    `  24-hour window ${config.serviceWindow ? 'enforced (131047 / 470 outside it)' : 'not enforced (--service-window to enforce it)'}`,
  ];
  for (const line of lines) console.log(`[@wa/sandbox] ${line}`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[@wa/sandbox] ${signal}: stopping.`);
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
