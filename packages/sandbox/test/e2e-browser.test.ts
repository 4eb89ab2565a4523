import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { SandboxServer as Sandbox } from '../src/start-sandbox-server.ts';
import { startSandbox } from './helpers.ts';

const botScript = join(import.meta.dirname, '..', '..', '..', 'apps', 'demo-bot', 'src', 'main.ts');
const resultsDirectory = join(import.meta.dirname, '..', 'test-results');
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const cleanups: (() => Promise<void> | void)[] = [];
/** Generous: the machine may be busy; a pass never waits this long. */
const poll = { timeout: 20_000, interval: 100 };

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Starts the demo bot as its own process (as `pnpm demo` does) and resolves with its webhook URL. */
function startBot(
  api: 'cloud' | 'onprem',
  sandboxUrl: string,
): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--conditions=@wa/source', botScript], {
    env: { ...process.env, WA_DEMO_API: api, WA_DEMO_PORT: '0', WA_DEMO_SANDBOX_URL: sandboxUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  );
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const match = /webhook url (\S+)/.exec(line);
      if (match?.[1]) resolve({ url: match[1], process: child });
    });
    child.once('exit', (code) => reject(new Error(`the demo bot exited early (code ${code})`)));
  });
}

async function openBrowser(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'wa-sandbox-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1360, height: 900 },
  });
  cleanups.push(async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
  return context;
}

async function openMenuRow(page: Page, row: string, screenshot?: string): Promise<void> {
  await page.getByRole('button', { name: 'Menu', exact: false }).last().click();
  const sheet = page.getByRole('dialog', { name: 'Menu' }).last();
  await sheet.getByRole('button', { name: row }).waitFor();
  if (screenshot) await page.screenshot({ path: join(resultsDirectory, screenshot) });
  await sheet.getByRole('button', { name: row }).click();
}

describe.each(['cloud', 'onprem'] as const)('the demo through the browser UI (%s API)', (api) => {
  it('plays a customer through the menu: list pick, button tap, template tap, location share', async () => {
    const sandbox: Sandbox = await startSandbox({ sentDelayMs: 50, deliveredDelayMs: 100, readDelayMs: 200 });
    cleanups.push(() => sandbox.close());
    const bot = await startBot(api, sandbox.url);
    expect((await sandbox.setCallbackUrl(api, bot.url)).ok).toBe(true);

    const context = await openBrowser();
    const page = await context.newPage();
    await page.goto(`${sandbox.url}/#15551230001`);
    await expect.poll(() => page.getByRole('heading', { name: 'Ana Souza' }).count(), poll).toBe(1);
    const conversation = page.getByRole('log', { name: 'Conversation' });

    // Greeting with formatting, then the list menu.
    await page.getByRole('textbox', { name: 'Message' }).fill('hi');
    await page.getByRole('button', { name: 'Send message' }).click();
    await conversation.getByText('welcome to Sandbox Coffee').waitFor();
    await expect
      .poll(() => conversation.locator('strong', { hasText: 'Sandbox Coffee' }).count(), poll)
      .toBeGreaterThan(0);
    await conversation.getByText('What would you like to try?').waitFor();

    // List pick → reply buttons → button tap.
    mkdirSync(resultsDirectory, { recursive: true });
    await openMenuRow(page, 'Order a drink', `demo-${api}-list.png`);
    await conversation.getByRole('button', { name: 'Latte' }).click();
    await conversation.getByText('One Latte coming up!').waitFor();

    // List pick → template with currency and date_time filled in → quick-reply tap.
    await openMenuRow(page, 'Order status');
    await conversation
      .getByText('your order of $12.50 is confirmed. It will be ready on Friday 09:30.')
      .waitFor();
    await page.screenshot({ path: join(resultsDirectory, `demo-${api}-template.png`) });
    await conversation.getByRole('button', { name: 'Track order' }).click();
    await conversation.getByText('your order #1042 is being prepared').waitFor();

    // List pick → location request → share a location.
    await openMenuRow(page, 'Find the shop');
    await conversation.getByRole('button', { name: 'Send location' }).click();
    await page
      .getByRole('dialog', { name: 'Share location' })
      .getByRole('button', { name: 'Share this location' })
      .click();
    const distance = conversation.getByText(/You are [\d.]+ km from Sandbox Coffee/);
    await distance.waitFor();
    await conversation.getByText('1 Hacker Way, Menlo Park, CA').last().waitFor();

    // List pick → media: the bot uploads an image and sends it by media ID.
    await openMenuRow(page, 'Menu card');
    const image = conversation.locator('img.image').last();
    await image.waitFor();
    await expect
      .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth), poll)
      .toBe(320);

    // The bot read the customer's messages: blue ticks.
    await expect.poll(() => conversation.locator('.ticks.read').count(), poll).toBeGreaterThan(3);
    if (api === 'cloud') {
      // Reply context (Cloud only): the confirmation quotes the tapped button.
      await expect
        .poll(() => conversation.locator('.bubble.business .quote').count(), poll)
        .toBeGreaterThan(0);
    }

    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(resultsDirectory, `demo-${api}.png`) });
    const stored = sandbox.core.store.listMessages('15551230001');
    expect(
      stored.filter((message) => message.direction === 'business').every((message) => message.api === api),
    ).toBe(true);
  }, 180_000);
});
