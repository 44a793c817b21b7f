// /pending on every channel: what awaits the cell (or, for a committee officer, what the cells proposed to the
// officer's unit), oldest first, a page at a time; choosing an item's number opens it in full.
import type { PendingKind } from '../../records/pending';
import { isLeaderScope, isOfficerScope, refusedAction, refusedByRecords, refusedCommand } from './access';
import type { DeskAction } from './actions';
import { pendingView, type PendingViewer } from './pending-views';
import type { DeskButton, DeskEnv, DeskReply } from './screen';

const PAGE_SIZE = 8;
const NUMBERS_PER_ROW = 4;

function viewerOf(env: DeskEnv): PendingViewer | undefined {
  if (isOfficerScope(env.member)) return 'officer';
  if (isLeaderScope(env.member)) return 'cell';
  return undefined;
}

async function pageOf(
  env: DeskEnv,
  viewer: PendingViewer,
  page: number,
): Promise<{ text: string; buttons: DeskButton[][] } | undefined> {
  const listed = await env.records.pending.listFor(env.member!.id);
  if (listed.outcome === 'refused') return undefined;
  const { entries } = listed;
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const current = Math.min(Math.max(page, 0), pages - 1);
  const shown = entries.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const officer = viewer === 'officer';
  const lines = [
    entries.length === 0
      ? env.t(officer ? 'officer-pending-empty' : 'sec-pending-empty')
      : env.t(officer ? 'officer-pending-header' : 'sec-pending-header', {
          count: entries.length,
          buttons: env.buttons ? 'yes' : 'no',
        }),
    ...shown.map((entry, index) =>
      env.t(officer ? 'officer-pending-line' : 'sec-pending-line', {
        number: current * PAGE_SIZE + index + 1,
        name: entry.memberName,
        ...(officer ? { cell: entry.cellName ?? '-' } : {}),
        kind: env.t('sec-pending-kind', { kind: entry.kind, detail: entry.detail }),
        since: env.formats.localTime(entry.since),
      }),
    ),
  ];
  if (pages > 1) lines.push('', env.t('sec-pending-page', { page: current + 1, pages }));
  // The list already names each item; its button is only the item's number, so the screen says it once.
  const buttons: DeskButton[][] = [];
  shown.forEach((entry, index) => {
    if (index % NUMBERS_PER_ROW === 0) buttons.push([]);
    const number = current * PAGE_SIZE + index + 1;
    const action: DeskAction = officer
      ? { type: 'officer-open', id: entry.id }
      : { type: 'pending-open', kind: entry.kind, id: entry.id };
    buttons.at(-1)!.push({ label: String(number), action, listed: number });
  });
  const turn = (to: number): DeskAction =>
    officer ? { type: 'officer-page', page: to } : { type: 'pending-page', page: to };
  const paging: DeskButton[] = [];
  if (current > 0) paging.push({ label: env.t('sec-button-previous'), action: turn(current - 1) });
  if (current < pages - 1) paging.push({ label: env.t('sec-button-next'), action: turn(current + 1) });
  if (paging.length > 0) buttons.push(paging);
  return { text: lines.join('\n'), buttons };
}

/** The /pending command: the first page for a cell leader or an officer, a refusal for anyone else. */
export async function pendingCommand(env: DeskEnv): Promise<DeskReply[]> {
  const viewer = viewerOf(env);
  if (!viewer) return refusedCommand(env, 'pending.list', 'leader');
  const page = await pageOf(env, viewer, 0);
  if (!page) return refusedCommand(env, 'pending.list', viewer === 'officer' ? 'officer' : 'leader');
  return [{ type: 'message', ...page }];
}

/** Another page of the list, shown in place of the one whose button was chosen. */
export async function pendingPage(
  env: DeskEnv,
  viewer: PendingViewer,
  page: number,
  data: string,
): Promise<DeskReply[]> {
  const shown = await pageOf(env, viewer, page);
  if (!shown) return refusedAction(env, 'pending.list', data);
  return [{ type: 'update', ...shown }];
}

/** An item opened from the list: its texts, the member's file before the last one, the decisions with the last. */
export async function openPending(
  env: DeskEnv,
  viewer: PendingViewer,
  kind: PendingKind,
  id: number,
): Promise<DeskReply[]> {
  const result = await env.records.pending.detailFor(env.member!.id, kind, id);
  // Not found and another cell's (or unit's) item read the same, so a forged id learns nothing.
  if (result.outcome === 'refused') return refusedByRecords(env);
  const view = pendingView(result.detail, env.t, env.formats, viewer);
  const texts = [...view.texts];
  const last = texts.pop()!;
  return [
    ...texts.map((text): DeskReply => ({ type: 'message', text })),
    ...(view.file ? [{ type: 'member-file' as const, file: view.file }] : []),
    { type: 'message', text: last, buttons: view.buttons },
  ];
}
