// `homecell unlink <party-card-no>`: removes a member's chat connection (they changed phone), audited as `cli`; the
// old chat is told through the outbox, so the running service sends it.
import type { Command } from 'commander';
import { systemClock } from '../../clock';
import { ConnectionRecords } from '../../records/connections';
import { CliError, countOf, printLine, withDatabase } from '../session';

export function registerUnlink(program: Command): void {
  program
    .command('unlink')
    .description(
      "remove a member's chat connection (changed phone), so a new invite can bind the new account",
    )
    .argument('<party-card-no>', "the member's party card number")
    .action(async (cardNumber: string) => {
      const card = cardNumber.trim();
      await withDatabase(async ({ database }) => {
        const connections = new ConnectionRecords(database.db, systemClock);
        const result = await connections.unlinkByCard(card);
        if (result.outcome === 'unknown-card') throw new CliError(`no member with party card number ${card}`);
        const { member } = result;
        if (result.outcome === 'not-connected') {
          throw new CliError(
            `${member.fullName} (${member.cardNumber}) has no chat connected; nothing to unlink`,
          );
        }
        const chats = member.connections.map((connection) => connection.channel).join(', ');
        printLine(
          `unlinked: ${member.fullName} (${member.cardNumber}), ${countOf(member.connections.length, 'chat')} (${chats})`,
        );
        printLine(
          'the old chat is told when the service sends its messages; next: homecell invite ' +
            member.cardNumber,
        );
      });
    });
}
