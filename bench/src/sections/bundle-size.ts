/**
 * (d) Minified + gzipped bundle size of typical imports, bundled for the edge (esbuild as Wrangler runs
 * it, and rolldown) from the packages' published entry points (dist: run the build first). Rewrites the
 * bundle table of the READMEs (see `bundle-readme.ts`).
 */
import type { BenchReport } from '../lib/report.ts';
import { bundledSize, bundlers } from './bundle-measure.ts';
import { measureSdkBundles, sdkBundleCases, writeBundleTables } from './bundle-readme.ts';

/** The published peers' equivalent of the Cloud client case. */
const peerCases: { name: string; source: string }[] = [
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

/** Bundles the SDK's cases with each bundler and the peers' with esbuild, adds the rows to `report`. */
export async function benchBundleSize(report: BenchReport): Promise<void> {
  report.section('(d) Bundle size: minified + gzipped; esbuild as Wrangler runs it, and rolldown');
  const measured = await measureSdkBundles();
  for (const bundleCase of sdkBundleCases) {
    for (const bundler of bundlers) {
      const size = measured.get(bundleCase.name)?.[bundler];
      if (size === undefined) continue;
      const met =
        bundleCase.target === undefined
          ? ''
          : `; target ≤ ${bundleCase.target} B: ${size.gzipped <= bundleCase.target ? 'met' : 'NOT met'}`;
      report.add({
        section: 'bundle',
        name: `${bundleCase.name} (${bundler})`,
        value: size.gzipped,
        unit: 'B gz',
        note: `${size.minified.toLocaleString('en-US')} B minified${met}`,
      });
    }
  }
  writeBundleTables(measured);
  console.log('  (wrote the bundle table of the READMEs)');
  for (const bundleCase of peerCases) {
    try {
      const size = await bundledSize(bundleCase.source, 'esbuild');
      report.add({
        section: 'bundle',
        name: `${bundleCase.name} (esbuild)`,
        value: size.gzipped,
        unit: 'B gz',
        note: `${size.minified.toLocaleString('en-US')} B minified`,
      });
    } catch (error) {
      console.log(`  (${bundleCase.name} skipped: ${(error as Error).message.split('\n')[0]})`);
    }
  }
}
