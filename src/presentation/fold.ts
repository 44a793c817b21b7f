// Vietnamese text folded for comparison: accents and case dropped, đ read as d, so "Đài Bắc", "dai bac" and "DAI BAC"
// are the same words. The one place this is done; names, keywords and places all compare through it.

/** "Nguyễn Văn Đức" -> "nguyen van duc"; spaces collapsed and trimmed. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * foldAccents as a character table, for SQL's translate(): `lower(translate(name, from, to))` folds a stored name
 * in the database exactly as foldAccents folds the query in JS.
 */
export const FOLD_TABLE: { from: string; to: string } = (() => {
  const from: string[] = [];
  const to: string[] = [];
  for (let code = 0xc0; code <= 0x1ef9; code += 1) {
    const char = String.fromCharCode(code);
    const folded = foldAccents(char);
    if (folded !== char.toLowerCase() && /^[a-z]$/.test(folded)) {
      from.push(char);
      to.push(folded);
    }
  }
  return { from: from.join(''), to: to.join('') };
})();
