import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
const cases = {
 cloud: "import { createCloudClient } from '@wa/transport-cloud';\nconst client = createCloudClient({ accessToken: 't', phoneNumberId: '1' });\nconsole.log(await client.send({ to: '15551234567', type: 'text', text: { body: 'hi' } }));\n",
 hook: "import { createWebhookHandler } from '@wa/webhooks';\nconst webhooks = createWebhookHandler({ appSecret: 's', verifyToken: 'v' });\nwebhooks.on('message.text', (event) => console.log(event.message.text.body));\nexport default { fetch: webhooks };\n",
};
const which = process.argv[2];
writeFileSync(`./.entry.mjs`, cases[which]);
const r = await build({ entryPoints: [`./.entry.mjs`], bundle: true, minify: true, format: 'esm', platform: 'browser', conditions: ['@wa/source','workerd','worker','browser'], target: 'es2023', write: false, metafile: true, external: ['node:*'], logLevel: 'silent' });
const out = r.outputFiles[0].contents;
console.log(which, out.length, gzipSync(out, {level:9}).length);
const inputs = Object.values(r.metafile.outputs)[0].inputs;
console.log(Object.entries(inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).filter(x=>x[1].bytesInOutput>300).map(([f,v])=>f.replace(/.*node_modules\//,'').replace('../packages/','')+' '+v.bytesInOutput).join('\n'));
