// Creates a new Prisma migration offline: the WASM schema engine diffs prisma/migrations against schema.prisma on a scratch database.
// Usage: npm run migration:new -- <name>   (the engine connects to DATABASE_URL, or to a throwaway embedded server)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { MIGRATIONS_DIR } from '../src/db/migrator';

// The package's entry imports the .wasm file as an ES module, which Node 20 cannot do without a flag; instantiate it by hand.
async function loadSchemaEngine(): Promise<typeof import('@prisma/schema-engine-wasm').SchemaEngine> {
  const bindings = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as Record<
    string,
    unknown
  > & {
    __wbg_set_wasm(exports: Record<string, unknown>): void;
    SchemaEngine: typeof import('@prisma/schema-engine-wasm').SchemaEngine;
  };
  const wasmPath = path.join(
    path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
    'schema_engine_bg.wasm',
  );
  // @types/node leaves out the WebAssembly namespace; only these two members are used.
  const { WebAssembly } = globalThis as unknown as {
    WebAssembly: {
      instantiate(
        bytes: Buffer,
        imports: object,
      ): Promise<{ instance: { exports: Record<string, unknown> } }>;
    };
  };
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
    './schema_engine_bg.js': bindings,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings.SchemaEngine;
}

// The schema as of the newest migration; the next migration is the diff from it.
const SNAPSHOT = path.join(MIGRATIONS_DIR, 'schema.snapshot.prisma');

async function main(): Promise<void> {
  const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  if (!name) {
    process.stderr.write('usage: npm run migration:new -- <name>\n');
    process.exit(2);
  }
  const schemaPath = path.resolve(__dirname, '..', 'prisma', 'schema.prisma');
  const schema = fs.readFileSync(schemaPath, 'utf8');
  const logger = pino({ level: 'warn' });

  // The engine insists on a connection even for a datamodel-to-datamodel diff.
  const scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-migration-'));
  // As root the server runs as the 'postgres' user, which must be able to enter the directory.
  fs.chmodSync(scratchDir, 0o755);
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres(scratchDir, logger);
  const url = process.env.DATABASE_URL ?? embedded!.url;
  try {
    const SchemaEngine = await loadSchemaEngine();
    const adapterFactory = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url }));
    const engine = await SchemaEngine.new(
      { datamodels: [[schemaPath, schema]] },
      (log: string) => logger.debug(log),
      adapterFactory,
    );
    // Diffing from the migrations themselves needs the engine to read a shadow database back, which the pg adapter
    // cannot do yet ("Column type 'char' could not be deserialized"); diffing two datamodels needs no database at all.
    const snapshot = fs.existsSync(SNAPSHOT) ? fs.readFileSync(SNAPSHOT, 'utf8') : undefined;
    const result = await engine.diff({
      from: snapshot
        ? { tag: 'schemaDatamodel', files: [{ path: SNAPSHOT, content: snapshot }] }
        : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = result.stdout ?? '';
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
      process.stdout.write('schema.prisma matches the migrations: nothing to create\n');
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
    fs.copyFileSync(schemaPath, SNAPSHOT);
    process.stdout.write(`created ${path.relative(process.cwd(), dir)}/migration.sql\n`);
  } finally {
    await embedded?.stop();
    fs.rmSync(scratchDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
