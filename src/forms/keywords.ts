// Words a member may type instead of pressing a button, in either language; compared without accents or case.
import { foldAccents } from '../presentation/fold';

/** Lower case, no Vietnamese diacritics (đ becomes d), single spaces, no trailing punctuation. */
export function normaliseWords(text: string): string {
  return foldAccents(text)
    .replace(/[.!?]+$/, '')
    .trim();
}

// Typed replies are accepted in both languages whatever the member's language: people mix them.
const KEYWORDS = {
  confirm: ['ok', 'okay', 'yes', 'y', 'co', 'dong y', 'xac nhan', 'gui', 'send', 'confirm'],
  edit: ['edit', 'sua', 'chinh sua', 'change'],
  cancel: ['cancel', '/cancel', 'huy', 'huy bo'],
  skip: ['skip', 'bo qua', 'khong co', 'none'],
  done: ['done', 'xong', 'finish', 'het'],
  yes: ['yes', 'y', 'co', 'dung', 'ok', 'dong y', 'vang', 'u'],
  no: ['no', 'n', 'khong', 'ko', 'k', 'sai'],
  back: ['back', 'quay lai', 'tro lai', 'ok'],
  continue: ['continue', 'tiep tuc', 'tiep'],
  discard: ['discard', 'bo', 'xoa'],
  all: ['all', 'tat ca', 'ca'],
  // "Nothing to report", where a prompt offers it (“nếu không có, ghi ‘Không có’”, "if none, write 'None'").
  none: ['khong co', 'khong', 'khong co gi', 'none', 'no', 'nothing', 'n/a'],
} as const;

export type Keyword = keyof typeof KEYWORDS;

export function isKeyword(text: string, keyword: Keyword): boolean {
  return (KEYWORDS[keyword] as readonly string[]).includes(normaliseWords(text));
}
