/**
 * (d) Minified + gzipped bundle size of typical imports, bundled with esbuild for the browser/edge
 * platform from the packages' published entry points (dist: run the build first).
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BenchReport } from '../lib/report.ts';

interface BundleCase {
  name: string;
  source: string;
  target?: number;
  floor?: string;
}

const cases: BundleCase[] = [
  {
    name: "import { bold } from '@wa/format'",
    source: "import { bold } from '@wa/format';\nconsole.log(bold('x'));",
    target: 300,
  },
  {
    name: 'Cloud client: create + send one validated text',
    target: 16 * 1024,
    source:
      "import { createCloudClient } from '@wa/transport-cloud';\n" +
      "const client = createCloudClient({ accessToken: 't', phoneNumberId: '1' });\n" +
      "console.log(await client.send({ to: '15551234567', type: 'text', text: { body: 'hi' } }));",
  },
  {
    name: 'createWebhookHandler',
    source:
      "import { createWebhookHandler } from '@wa/webhooks';\nexport default createWebhookHandler({ appSecret: 's', verifyToken: 'v' });",
  },
  {
    name: 'peer: whatsapp-api-js send one text',
    source:
      "import { WhatsAppAPI } from 'whatsapp-api-js';\nimport { Text } from 'whatsapp-api-js/messages';\n" +
      "const api = new WhatsAppAPI({ token: 't', appSecret: 's', v: 'v23.0' });\nconsole.log(await api.sendMessage('1', '15551234567', new Text('hi')));",
  },
  {
    name: 'peer: @great-detail/whatsapp send one text',
    source:
      "import Client from '@great-detail/whatsapp';\nconst client = new Client({ request: { headers: { Authorization: 'Bearer t' } } });\n" +
      "console.log(await client.message.createMessage({ phoneNumberID: '1', to: '15551234567', type: 'text', text: { body: 'hi' } }));",
  },
  {
    name: 'peer: @kapso/whatsapp-cloud-api send one text',
    source:
      "import { WhatsAppClient } from '@kapso/whatsapp-cloud-api';\nconst client = new WhatsAppClient({ accessToken: 't' });\n" +
      "console.log(await client.messages.sendText({ phoneNumberId: '1', to: '15551234567', body: 'hi' }));",
  },
];

/** Bytes of the minified, gzipped esbuild bundle of `source`. */
export async function bundledSize(source: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2023',
    write: false,
    logLevel: 'silent',
    external: ['node:*'],
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

/** Bundles each typical import with esbuild and adds its minified and gzipped sizes to `report`. */
export async function benchBundleSize(report: BenchReport): Promise<void> {
  report.section('(d) Bundle size: minified + gzipped, esbuild, platform browser (edge functions)');
  for (const bundleCase of cases) {
    try {
      const size = await bundledSize(bundleCase.source);
      const met =
        bundleCase.target === undefined
          ? ''
          : size.gzipped <= bundleCase.target
            ? `target ≤ ${bundleCase.target} B: met`
            : `target ≤ ${bundleCase.target} B: NOT met`;
      report.add({
        section: 'bundle',
        name: bundleCase.name,
        value: size.gzipped,
        unit: 'B gz',
        note: `${size.minified.toLocaleString('en-US')} B minified${met ? `; ${met}` : ''}`,
      });
    } catch (error) {
      console.log(`  (${bundleCase.name} skipped: ${(error as Error).message.split('\n')[0]})`);
    }
  }
}
