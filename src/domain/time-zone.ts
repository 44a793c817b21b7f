// Time-zone names as members and importers give them: validated against the IANA database luxon ships with.
import { IANAZone } from 'luxon';

export function isValidTimeZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}
