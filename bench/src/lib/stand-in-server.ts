/**
 * The server the HTTP benchmarks send to, run in its own process so that the benchmark process measures
 * client CPU only. It answers like the Cloud API and the On-Premises API with fixed bodies and does no
 * validation: the floor of server work, so the figures show client cost.
 *
 * Usage: node stand-in-server.ts  (prints `{"port":N}` on stdout once listening on 127.0.0.1)
 */
import { createServer } from 'node:http';

const cloudResponse = JSON.stringify({
  messaging_product: 'whatsapp',
  contacts: [{ input: '15551234567', wa_id: '15551234567' }],
  messages: [{ id: 'wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA' }],
});
const onPremResponse = JSON.stringify({
  messages: [{ id: 'gBEGkYiEB1VXAglK1ZEqA1YKPrU' }],
  meta: { api_status: 'stable', version: '2.53.0' },
});
const loginResponse = JSON.stringify({
  users: [{ token: 'bench-token', expires_after: '2099-01-01 00:00:00+00:00' }],
});

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const url = request.url ?? '';
    const body = url.startsWith('/v1/users/login')
      ? loginResponse
      : url.startsWith('/v1/')
        ? onPremResponse
        : cloudResponse;
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object')
    process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});
process.on('disconnect', () => server.close(() => process.exit(0)));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
