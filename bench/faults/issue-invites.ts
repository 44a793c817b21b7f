// Run inside the checkout under test (its own records code and schema): one invite per card number given on stdin as
// JSON, printed as JSON [{card, memberId, code}]. The benchmark's members then bind their chats with /start <code>.
import { systemClock } from '../../src/clock';
import { createDatabase } from '../../src/db/client';
import { createRecords } from '../../src/records';

async function main(): Promise<void> {
  const cards = JSON.parse(
    await new Promise<string>((resolve) => {
      let input = '';
      process.stdin.on('data', (chunk) => (input += String(chunk)));
      process.stdin.on('end', () => resolve(input));
    }),
  ) as string[];
  const db = createDatabase(process.env.DATABASE_URL!, { poolSize: 4 });
  try {
    const records = createRecords(db, systemClock);
    const members = await db.member.findMany({
      where: { cardNumber: { in: cards } },
      select: { id: true, cardNumber: true },
    });
    const invites = [];
    for (const member of members) {
      const { code } = await records.invites.issue(member.id, { label: 'bench:faults' });
      invites.push({ card: member.cardNumber, memberId: member.id, code });
    }
    process.stdout.write(JSON.stringify(invites));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`issue-invites: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
