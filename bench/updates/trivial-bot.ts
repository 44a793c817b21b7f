// The framework's ceiling for bench:updates: a grammY bot that answers every message "ok", received the way homecell
// receives (the runner's long polling, or a webhook with its secret), configured by the same environment.
import http from 'node:http';
import { run } from '@grammyjs/runner';
import { Bot, webhookCallback } from 'grammy';

const env = process.env;
const bot = new Bot(env.BOT_TOKEN!, { client: { apiRoot: env.TELEGRAM_API_ROOT! } });
bot.on('message', (ctx) => ctx.reply('ok'));
bot.catch((error) => process.stderr.write(`trivial bot: ${String(error.error)}\n`));

/** A pino-shaped line: the benchmark reads the bot's readiness as it reads homecell's. */
const say = (msg: string) => process.stdout.write(`${JSON.stringify({ level: 30, msg })}\n`);

async function main(): Promise<void> {
  await bot.init();
  const webhookPath = env.BOT_MODE === 'webhook' ? new URL(env.WEBHOOK_URL!).pathname : undefined;
  const handle = webhookPath ? webhookCallback(bot, 'http', { secretToken: env.WEBHOOK_SECRET }) : undefined;
  const server = http.createServer((request, response) => {
    if (request.url === '/healthz') return void response.writeHead(200).end('ok');
    if (handle && request.method === 'POST' && request.url === webhookPath)
      return void handle(request, response);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(Number(env.PORT), '127.0.0.1', resolve));
  if (webhookPath) {
    await bot.api.setWebhook(env.WEBHOOK_URL!, { secret_token: env.WEBHOOK_SECRET });
    say('webhook set');
  } else {
    await bot.api.deleteWebhook();
    const runner = run(bot);
    process.once('SIGTERM', () => void runner.stop().then(() => process.exit(0)));
  }
  say('trivial bot is running');
  if (webhookPath) process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`trivial bot failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
