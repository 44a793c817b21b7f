// The people a visitor can be in the sandbox: the demo cell's members, read from the records, and their emulated Telegram users.
import { systemClock } from '../../clock';
import type { Database } from '../../db/client';
import { calendarDateFromDb } from '../../domain/periods';
import { DEMO_CELL_CODE } from '../../records/demo';
import { loadMemberStates } from '../../records/member-facts';
import type { BotApiEmulator } from '../emulator';

export interface SandboxPerson {
  chatId: number;
  name: string;
  role: string;
  /** The member's state now, from the dated facts (one of MEMBER_STATES). */
  status: string;
  /** Where the member is now; null when they are at home with the cell. */
  place: string | null;
  countryCode: string | null;
  absenceKind: string | null;
  timezone: string;
  locale: string;
}

// The cell's leaders first: they are who a visitor most often wants to try after one member.
const ROLE_ORDER: Record<string, number> = { secretary: 0, deputy_secretary: 1, committee_officer: 2 };

export async function listSandboxPeople(db: Database, now: Date = systemClock()): Promise<SandboxPerson[]> {
  const members = await db.member.findMany({
    where: { cell: { code: DEMO_CELL_CODE }, identities: { some: { channel: 'telegram' } } },
    include: {
      identities: { where: { channel: 'telegram' } },
      absences: { where: { endedOn: null }, select: { startsOn: true, place: true } },
    },
    orderBy: { id: 'asc' },
  });
  const states = await loadMemberStates(db, members, now);
  const people: SandboxPerson[] = [];
  for (const member of members) {
    const chatId = Number(member.identities[0]?.externalId);
    if (!Number.isSafeInteger(chatId) || chatId <= 0) continue;
    const state = states.get(member.id)!;
    // The absence in force now; one filed for a later day leaves the member at home until then.
    const absence = state.absence;
    people.push({
      chatId,
      name: member.fullName,
      role: member.role,
      status: state.state,
      place: absence
        ? (member.absences.find((row) => calendarDateFromDb(row.startsOn) === absence.startsOn)?.place ??
          null)
        : null,
      countryCode: absence?.countryCode ?? null,
      absenceKind: absence?.kind ?? null,
      timezone: member.timezone,
      locale: member.locale,
    });
  }
  return people.sort((a, b) => (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9));
}

export async function demoCellName(db: Database): Promise<string | null> {
  const cell = await db.unit.findUnique({ where: { code: DEMO_CELL_CODE }, select: { name: true } });
  return cell?.name ?? null;
}

/** The language the person's chat is in now: the member changes it with /language. */
export async function sandboxPersonLocale(db: Database, chatId: number): Promise<string | undefined> {
  const member = await db.member.findFirst({
    where: {
      cell: { code: DEMO_CELL_CODE },
      identities: { some: { channel: 'telegram', externalId: String(chatId) } },
    },
    select: { locale: true },
  });
  return member?.locale;
}

/** Vietnamese names put the given name last; Telegram shows first_name first, as a Vietnamese phone would. */
function telegramNameOf(fullName: string): { first_name: string; last_name?: string } {
  const words = fullName.trim().split(/\s+/);
  const given = words.pop() ?? fullName;
  return words.length > 0 ? { first_name: given, last_name: words.join(' ') } : { first_name: given };
}

/** Gives every demo member a Telegram profile on the emulator, with their own language as the phone's. */
export async function registerSandboxPeople(emulator: BotApiEmulator, db: Database): Promise<number> {
  const people = await listSandboxPeople(db);
  for (const person of people) {
    emulator.user(person.chatId, { ...telegramNameOf(person.name), language_code: person.locale });
  }
  return people.length;
}
