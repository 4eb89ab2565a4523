/**
 * `pnpm bench`: measures each hot path of the SDK beside its floor in the same run and prints ratios,
 * so figures hold on a noisy shared machine. Writes results/latest.json. Not part of the test command.
 *
 * Flags: --quick (fewer iterations), --only=<section>[,<section>] (http-send, pacing, validation, webhook,
 * bundle, import, redis).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BenchReport } from './lib/report.ts';
import { benchBundleSize } from './sections/bundle-size.ts';
import { benchHttpSend } from './sections/http-send.ts';
import { benchImportTime } from './sections/import-time.ts';
import { benchPacing } from './sections/pacing.ts';
import { benchRedis } from './sections/redis.ts';
import { benchValidation } from './sections/validation.ts';
import { benchWebhookIngest } from './sections/webhook-ingest.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (section: string) => only === undefined || only.includes(section);

const report = new BenchReport();
console.log(`wa bench — Node ${process.version}, ${new Date().toISOString()}${quick ? ' (quick)' : ''}`);
if (wanted('http-send')) await benchHttpSend(report, { quick });
if (wanted('pacing')) await benchPacing(report, { quick });
if (wanted('validation')) await benchValidation(report, { quick });
if (wanted('webhook')) await benchWebhookIngest(report, { quick });
if (wanted('bundle')) await benchBundleSize(report);
if (wanted('import')) await benchImportTime(report, { quick });
if (wanted('redis')) await benchRedis(report, { quick });
const directory = join(import.meta.dirname, '..', 'results');
mkdirSync(directory, { recursive: true });
console.log(`\nwrote ${report.write(directory)}`);
