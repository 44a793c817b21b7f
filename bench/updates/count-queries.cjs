// Preloaded into the bot's process by bench:updates (`node --require`): counts every statement sent to PostgreSQL
// through node-postgres (Prisma's driver adapter uses it), by its text, and writes the counts to
// BENCH_QUERY_COUNT_FILE on SIGUSR2.
const fs = require('node:fs');
const pg = require('pg');

let queries = 0;
const byText = new Map();
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(config, ...rest) {
  queries += 1;
  const text = typeof config === 'string' ? config : config && config.text;
  if (typeof text === 'string') {
    const key = text.replace(/\s+/g, ' ').slice(0, 160);
    byText.set(key, (byText.get(key) || 0) + 1);
  }
  return query.call(this, config, ...rest);
};

process.on('SIGUSR2', () => {
  const statements = [...byText.entries()].sort((a, b) => b[1] - a[1]);
  fs.writeFileSync(process.env.BENCH_QUERY_COUNT_FILE, JSON.stringify({ queries, statements }));
});
