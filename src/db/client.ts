// Builds the Prisma client on the pg driver adapter (Prisma 7 has no native query engine).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export type Database = PrismaClient;

export function createDatabase(url: string, options: { poolSize?: number } = {}): Database {
  const adapter = new PrismaPg({ connectionString: url, max: options.poolSize ?? 10 });
  return new PrismaClient({ adapter });
}
