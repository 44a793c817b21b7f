// The cell's and committee's features in one place for createBot: decisions, roster, overdue, meetings, invites and
// unlinks, exports, statistics.
import { Composer } from 'grammy';
import type { BotContext } from '../../context';
import { meeting } from './meeting';
import { desk } from './desk';

export { decisionPrompts } from './prompt';
export { meetingPrompts } from './meeting-prompt';

/** Each feature checks the caller's role from the records itself; the order only matters for shared button prefixes. */
export const cellFeatures = new Composer<BotContext>(desk, meeting);
