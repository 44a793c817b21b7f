// The records services the bot, the scheduler and the CLI share; the only code that writes the database.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { InviteRecords } from './invites';
import { MemberRecords } from './members';
import { ProcessedUpdateRecords } from './processed-updates';

export interface Records {
  db: Database;
  members: MemberRecords;
  invites: InviteRecords;
  processedUpdates: ProcessedUpdateRecords;
}

export function createRecords(db: Database, clock: Clock): Records {
  return {
    db,
    members: new MemberRecords(db),
    invites: new InviteRecords(db, clock),
    processedUpdates: new ProcessedUpdateRecords(db),
  };
}
