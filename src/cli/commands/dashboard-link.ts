// `homecell dashboard-link <party-card-no>`: a single-use sign-in link to the committee dashboard for an officer or a
// cell's secretary or deputy, for an admin to pass on.
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { systemClock } from '../../clock';
import { loadPolicy } from '../../domain/policy';
import { createRecords } from '../../records';
import { CliError, printLine, withDatabase } from '../session';

export function registerDashboardLink(program: Command): void {
  program
    .command('dashboard-link')
    .description(
      'print a single-use sign-in link to the web dashboard for a committee officer or a cell secretary/deputy',
    )
    .argument('<party-card-no>', "the officer's or secretary's party card number")
    .action(async (cardNumber: string) => {
      const card = cardNumber.trim();
      await withDatabase(async ({ config, database }) => {
        const policy = loadPolicy(config.policyFile);
        const records = createRecords(database.db, systemClock, policy);
        const member = await records.members.findByCardNumber(card);
        if (!member) throw new CliError(`no member with party card number ${card}`);
        const link = await records.dashboard.issueLink(member.id, { label: 'cli' });
        if (link.outcome !== 'issued') {
          throw new CliError(
            `${member.fullName} (${member.cardNumber}) is neither a committee officer nor a cell secretary or deputy; the dashboard would show them nothing`,
          );
        }
        const expires = DateTime.fromJSDate(link.expiresAt).setZone(config.homeTimezone);
        printLine(`member:  ${member.fullName} (${member.cardNumber}), ${member.cell.name}`);
        printLine(`link:    ${config.publicUrl}/dashboard/sign-in?token=${link.token}`);
        printLine(
          `expires: ${expires.toFormat('dd/LL/yyyy HH:mm')} ${config.homeTimezone} (works once, ${policy.dashboard.linkLifetimeMinutes} minutes)`,
        );
      });
    });
}
