// `homecell invite <party-card-no>`: a one-time code that binds the member's chat, with the bot's deep link.
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { systemClock } from '../../clock';
import { loadPolicy } from '../../domain/policy';
import { InviteRecords } from '../../records/invites';
import { MemberRecords } from '../../records/members';
import { findBotUsername } from '../bot-username';
import { CliError, printError, printLine, withDatabase } from '../session';

// Such a member could not redeem the code anyway (see InviteRecords.redeem).
const NOT_INVITABLE = ['removed', 'left', 'transferred'];

export function registerInvite(program: Command): void {
  program
    .command('invite')
    .description("issue a one-time invite code that binds a member's chat to their record")
    .argument('<party-card-no>', "the member's party card number")
    .action(async (cardNumber: string) => {
      await withDatabase(async ({ config, logger, database }) => {
        // Only these two services: an invite needs no more of the records than the member and the policy's lifetime.
        const members = new MemberRecords(database.db, systemClock);
        const invites = new InviteRecords(database.db, systemClock, loadPolicy(config.policyFile).invites);
        const member = await members.findByCardNumber(cardNumber.trim());
        if (!member) throw new CliError(`no member with party card number ${cardNumber.trim()}`);
        if (NOT_INVITABLE.includes(member.status)) {
          throw new CliError(
            `${member.fullName} (${member.cardNumber}) is ${member.status}; no invite issued`,
          );
        }
        // Asked first: a bad BOT_USERNAME must stop the command before a code is issued.
        const username = await findBotUsername(config, logger);
        const invite = await invites.issue(member.id, { label: 'cli' });
        const expires = DateTime.fromJSDate(invite.expiresAt).setZone(config.homeTimezone);
        printLine(`member:  ${member.fullName} (${member.cardNumber}), ${member.cell.name}`);
        printLine(`code:    ${invite.code}`);
        printLine(`expires: ${expires.toFormat('yyyy-LL-dd HH:mm')} ${config.homeTimezone}`);
        if (username) printLine(`link:    https://t.me/${username}?start=${invite.code}`);
        else
          printError(
            'note: no deep link without the bot username: set BOT_USERNAME (or BOT_TOKEN to ask Telegram)',
          );
      });
    });
}
