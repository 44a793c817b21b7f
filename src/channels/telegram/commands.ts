// Which commands each role sees in /help and in Telegram's command menu.
import type { MemberScope } from '../../records/members';

export type Audience = 'unbound' | 'member' | 'secretary' | 'officer';

export interface CommandSpec {
  command: string;
  audiences: readonly Audience[];
}

const EVERYONE: readonly Audience[] = ['unbound', 'member', 'secretary', 'officer'];
const BOUND: readonly Audience[] = ['member', 'secretary', 'officer'];

/** In menu order; each command's description is the Fluent message `command-<name>`. */
export const COMMANDS: readonly CommandSpec[] = [
  { command: 'start', audiences: EVERYONE },
  { command: 'help', audiences: EVERYONE },
  { command: 'language', audiences: EVERYONE },
  { command: 'cancel', audiences: BOUND },
];

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
