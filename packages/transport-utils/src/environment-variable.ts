/**
 * The value of the environment variable `name` on runtimes that have `process.env` (Node, Bun, Deno's
 * Node compatibility), read without importing `node:process` so edge runtimes load the transports too.
 *
 * @param name - The variable, e.g. `WHATSAPP_ACCESS_TOKEN`.
 * @returns The value, or `undefined` when it is unset or empty, or the runtime has no `process.env`.
 */
export function environmentVariable(name: string): string | undefined {
  const environment = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = environment?.[name];
  return value === undefined || value === '' ? undefined : value;
}
