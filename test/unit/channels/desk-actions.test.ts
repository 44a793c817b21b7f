// The one codec of the cell's and committee's actions: the data of buttons already sent reads back the same, every
// action fits Telegram's 64 bytes, and forged or foreign data reads as nothing.
import {
  decodeDeskAction,
  deskActionPattern,
  encodeDeskAction,
  type DeskAction,
} from '../../../src/channels/desk/actions';

const BIG = 4_294_967_295;

/** Each action with the data the hand-made schemes wrote before the codec, so old messages still work. */
const SENT_BEFORE: Array<[DeskAction, string]> = [
  [{ type: 'pending-page', page: 3 }, 'pd:page:3'],
  [{ type: 'pending-open', kind: 'application', id: 12 }, 'pd:open:a:12'],
  [{ type: 'pending-open', kind: 'fee', id: 12 }, 'pd:open:f:12'],
  [{ type: 'pending-open', kind: 'review', id: 12 }, 'pd:open:r:12'],
  [{ type: 'pending-open', kind: 'request', id: 12 }, 'pd:open:q:12'],
  [{ type: 'pending-decide', verb: 'approve', id: 7 }, 'pd:approve:7'],
  [{ type: 'pending-decide', verb: 'propose', id: 7 }, 'pd:propose:7'],
  [{ type: 'pending-decide', verb: 'reject', id: 7 }, 'pd:reject:7'],
  [{ type: 'pending-decide', verb: 'confirm', id: 7 }, 'pd:confirm:7'],
  [{ type: 'pending-decide', verb: 'dispute', id: 7 }, 'pd:dispute:7'],
  [{ type: 'pending-decide', verb: 'later', id: 7 }, 'pd:later:7'],
  [{ type: 'pending-decide', verb: 'contacted', id: 7 }, 'pd:contacted:7'],
  [{ type: 'pending-rate', rating: 'excellent', id: 9 }, 'pd:rate:x:9'],
  [{ type: 'pending-rate', rating: 'incomplete', id: 9 }, 'pd:rate:i:9'],
  [{ type: 'fee-arrangement', kind: 'late', id: 5 }, 'pd:fee-late:5'],
  [{ type: 'fee-arrangement', kind: 'advance', id: 5 }, 'pd:fee-advance:5'],
  [{ type: 'officer-page', page: 0 }, 'od:page:0'],
  [{ type: 'officer-open', id: 44 }, 'od:open:44'],
  [{ type: 'officer-decide', verb: 'ask', id: 44 }, 'od:ask:44'],
  [{ type: 'member-pick', purpose: 'record', memberId: 3 }, 'mp:record:3'],
  [{ type: 'member-pick', purpose: 'exempt', memberId: 3 }, 'mp:exempt:3'],
  [{ type: 'full-exemption', choice: 'health', memberId: 3 }, 'fx:health:3'],
  [{ type: 'unlink-confirm', memberId: 3, connectionId: 8 }, 'ul:yes:3:8'],
  [{ type: 'unlink-cancel', memberId: 3 }, 'ul:no:3'],
  [{ type: 'meeting-schedule' }, 'mt:new'],
  [{ type: 'meeting-default', change: 'clear' }, 'mt:default:clear'],
  [{ type: 'meeting-open', meetingId: 2 }, 'mt:open:2'],
  [{ type: 'meeting-edit', field: 'link', meetingId: 2 }, 'mt:edit:link:2'],
  [{ type: 'meeting-cancel', step: 'ask', meetingId: 2 }, 'mt:cancel:2'],
  [{ type: 'meeting-cancel', step: 'yes', meetingId: 2 }, 'mt:cancel-yes:2'],
  [{ type: 'meeting-cancel', step: 'no', meetingId: 2 }, 'mt:cancel-no:2'],
  [{ type: 'meeting-attendance', meetingId: 2 }, 'mt:att:2'],
  [{ type: 'meeting-cycle', meetingId: 2, memberId: 11 }, 'mt:cyc:2:11'],
  [{ type: 'meeting-save', meetingId: 2 }, 'mt:save:2'],
  [{ type: 'meeting-document', meetingId: 2 }, 'mt:doc:2'],
  [{ type: 'meeting-print', meetingId: 2 }, 'mt:print:2'],
];

describe('desk action codec', () => {
  it.each(SENT_BEFORE)('writes %j as the data already sent, and reads it back', (action, data) => {
    expect(encodeDeskAction(action)).toBe(data);
    expect(decodeDeskAction(data)).toEqual(action);
  });

  it('fits every action with the largest ids into 64 bytes', () => {
    for (const [action] of SENT_BEFORE) {
      const widest = Object.fromEntries(
        Object.entries(action).map(([key, value]) => [
          key,
          typeof value === 'number' ? (key === 'page' ? 9999 : BIG) : value,
        ]),
      ) as unknown as DeskAction;
      const data = encodeDeskAction(widest);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeDeskAction(data)).toEqual(widest);
    }
  });

  it.each([
    'pd:approve:12345678901',
    'pd:approve:-1',
    'pd:approve:1.5',
    'pd:approve:',
    'pd:approve:1:2',
    'pd:rate:z:1',
    'pd:open:a',
    'pd:page:12345',
    'pd:nuke:1',
    'od:confirm:1',
    'mp:delete:1',
    'ul:yes:1',
    'mt:new:1',
    'mt:cancel-maybe:2',
    'f:0a1b2c3d:p:1',
    'language:set:en',
    'PD:approve:1',
    '',
    `pd:approve:${'1'.repeat(80)}`,
  ])('reads forged or foreign data %j as nothing', (data) => {
    expect(decodeDeskAction(data)).toBeUndefined();
  });

  it('routes by pattern exactly the data of the named types', () => {
    const pattern = deskActionPattern('pending-decide', 'fee-arrangement');
    expect(pattern.test('pd:approve:7')).toBe(true);
    expect(pattern.test('pd:fee-late:7')).toBe(true);
    expect(pattern.test('pd:page:7')).toBe(false);
    expect(pattern.test('pd:approve:7:8')).toBe(false);
    expect(pattern.test('xpd:approve:7')).toBe(false);
    for (const [action, data] of SENT_BEFORE) expect(deskActionPattern(action.type).test(data)).toBe(true);
  });
});
