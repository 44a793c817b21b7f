// The machine's floor for a webhook burst: the same posts answered by a process that only reads and parses each body,
// measured in the same run as the service, so a noisy shared machine can be told apart from a slow webhook.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { postWebhook, webhookMessage } from './deployment';
import { percentile } from './support';

const SERVER = `
const http = require('node:http');
const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
    response.writeHead(200, { 'content-type': 'application/json', connection: 'close' }).end('{}');
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

/** p50 and p95 (ms) of `count` concurrent posts to a server that does nothing but answer. */
export async function webhookFloor(count: number): Promise<{ p50Ms: number; p95Ms: number }> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
    const url = `http://127.0.0.1:${chunk.toString().trim()}/floor`;
    const times = await Promise.all(
      Array.from({ length: count }, (_, index) =>
        postWebhook(url, 'floor', webhookMessage(1_000 + index, '/status')).then(({ ms }) => ms),
      ),
    );
    return { p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95) };
  } finally {
    child.kill();
  }
}
