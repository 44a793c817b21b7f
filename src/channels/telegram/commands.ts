// Which commands each role sees in /help and in Telegram's command menu.
import type { MemberScope } from '../../records/members';

export type Audience = 'unbound' | 'member' | 'secretary' | 'officer';

export interface CommandSpec {
  command: string;
  audiences: readonly Audience[];
}

const EVERYONE: readonly Audience[] = ['unbound', 'member', 'secretary', 'officer'];
const BOUND: readonly Audience[] = ['member', 'secretary', 'officer'];

/** In menu order; each command's description is the Fluent message `descriptionKey(command)`. */
export const COMMANDS: readonly CommandSpec[] = [
  { command: 'start', audiences: EVERYONE },
  // The member journeys come first: they are what a member away opens the menu for.
  { command: 'checkin', audiences: BOUND },
  { command: 'fee', audiences: BOUND },
  { command: 'status', audiences: BOUND },
  { command: 'away', audiences: BOUND },
  { command: 'back', audiences: BOUND },
  { command: 'renew', audiences: BOUND },
  { command: 'report', audiences: BOUND },
  { command: 'review', audiences: BOUND },
  { command: 'attend', audiences: BOUND },
  { command: 'documents', audiences: BOUND },
  { command: 'help_me', audiences: BOUND },
  { command: 'settings', audiences: BOUND },
  // The cell's and committee's commands; each checks the role in the records again when used.
  { command: 'pending', audiences: ['secretary', 'officer'] },
  { command: 'members', audiences: ['secretary'] },
  { command: 'member', audiences: ['secretary', 'officer'] },
  { command: 'overdue', audiences: ['secretary'] },
  { command: 'meeting', audiences: ['secretary'] },
  { command: 'end_absence', audiences: ['secretary'] },
  { command: 'invite', audiences: ['secretary'] },
  { command: 'unlink', audiences: ['secretary'] },
  { command: 'full_exemption', audiences: ['secretary'] },
  { command: 'export', audiences: ['secretary', 'officer'] },
  { command: 'stats', audiences: ['officer'] },
  { command: 'dashboard', audiences: ['secretary', 'officer'] },
  { command: 'help', audiences: EVERYONE },
  { command: 'language', audiences: EVERYONE },
  { command: 'cancel', audiences: BOUND },
];

/**
 * Fluent ids are kebab-case, Telegram commands use underscores: /help_me is described by `command-help-me`. A
 * connected member's /start opens their home, not an invite: it has its own description.
 */
export function descriptionKey(command: string, audience: Audience): string {
  if (command === 'start' && audience !== 'unbound') return 'command-start-bound';
  return `command-${command.replace(/_/g, '-')}`;
}

export function audienceOf(member: MemberScope | undefined): Audience {
  if (!member) return 'unbound';
  if (member.role === 'secretary' || member.role === 'deputy_secretary') return 'secretary';
  if (member.role === 'committee_officer') return 'officer';
  return 'member';
}

export function commandsFor(audience: Audience): CommandSpec[] {
  return COMMANDS.filter((spec) => spec.audiences.includes(audience));
}

export function isKnownCommand(command: string): boolean {
  return COMMANDS.some((spec) => spec.command === command);
}
