// /export: the record book as files (XLSX and CSV); /export <unit code> an officer's unit; /export <name or card>
// [year]: that member's review as form 2C PDF, with the workplace's comment as the member sent it.
import type { ExportFile, ExportLanguage } from '../../records/exports';
import { isLeaderScope, isOfficerScope, refusedByRecords, refusedCommand } from './access';
import { lookupMember } from './lookup';
import type { DeskEnv, DeskReply } from './screen';

/** The reader's own language and the cell's clock, so a document reads like the chat. */
function languageOf(env: DeskEnv): ExportLanguage {
  return { t: env.t, locale: env.formats.locale, zone: env.homeTimezone };
}

const documents = (files: readonly ExportFile[]): DeskReply[] =>
  files.map((file) => ({ type: 'document', bytes: file.bytes, fileName: file.fileName }));

/** "Nguyễn Văn A 2025" is a name and a year; a lone year is not a name. */
function splitYear(args: string): { query: string; year?: number } {
  const match = /^(.*\S)\s+(\d{4})$/.exec(args.trim());
  return match ? { query: match[1], year: Number(match[2]) } : { query: args.trim() };
}

/** Form 2C of a member named or picked (re-checked: a pick is only a hint). */
export async function reviewExport(env: DeskEnv, memberId: number, year?: number): Promise<DeskReply[]> {
  const result = await env.records.exports.reviewPdf(env.member!.id, memberId, languageOf(env), {
    year,
    readFile: async (id) => {
      const stored = await env.files.read(id);
      return stored && { bytes: stored.bytes, mimeType: stored.file.mimeType };
    },
  });
  if (result.outcome === 'refused') return refusedByRecords(env);
  if (result.outcome === 'no-review')
    return [
      {
        type: 'message',
        text: env.t('sec-export-no-review', { name: result.memberName, year: String(result.year) }),
      },
    ];
  const replies = documents([result.file]);
  // Form 2C goes with the comment of the workplace; a photographed one is sent from homecell's copy.
  if (result.workplaceCommentFile)
    replies.push({
      type: 'member-file',
      file: {
        ...result.workplaceCommentFile,
        prefer: 'document',
        caption: env.t('sec-review-workplace-file', { name: result.memberName }),
        nameParts: [env.t('sec-file-name-workplace-comment'), result.memberName, String(result.year)],
      },
    });
  return replies;
}

export async function exportCommand(env: DeskEnv, args: string): Promise<DeskReply[]> {
  if (!isLeaderScope(env.member) && !isOfficerScope(env.member))
    return refusedCommand(env, 'export.record-book', 'records');
  const typed = args.trim();
  // A unit code exports that unit (an officer's subtree); asked by anyone else, the records refuse and log it.
  const unitCode = typed !== '' && !/\s/.test(typed) ? typed : undefined;
  const isUnit = unitCode !== undefined && (await env.records.stats.unitByCode(unitCode)) !== null;
  if (typed !== '' && !isUnit) {
    const { query, year } = splitYear(typed);
    const looked = await lookupMember(env, query, 'review');
    return 'found' in looked ? reviewExport(env, looked.found.id, year) : looked.replies;
  }
  const limit = env.exportMaxMembers;
  const result = await env.records.exports.recordBook(env.member.id, languageOf(env), {
    ...(isUnit ? { unitCode } : {}),
    maxMembers: limit,
  });
  if (result.outcome === 'refused') return refusedByRecords(env);
  if (result.outcome === 'too-large')
    return [
      {
        type: 'message',
        text: env.t('sec-export-too-large', {
          unit: result.unit.name,
          code: result.unit.code,
          members: result.members,
          limit,
        }),
      },
    ];
  return [
    ...documents(result.files),
    { type: 'message', text: env.t('sec-export-done', { count: result.files.length }) },
  ];
}
