// Long texts of the cell's screens cut into messages a chat takes, at line breaks, never inside a word.

/** Under Telegram's 4,096 characters (the strictest channel's limit is the budget), with room for a header. */
export const MESSAGE_BUDGET = 3800;

/**
 * Joins lines into as few messages as fit the budget, never splitting a line unless one line alone is longer
 * (a 4,000-character review section), which is then cut at spaces.
 */
export function chunkLines(lines: readonly string[], budget = MESSAGE_BUDGET): string[] {
  const pieces = lines.flatMap((line) => splitLong(line, budget));
  const messages: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const next = current === '' ? piece : `${current}\n${piece}`;
    if (next.length > budget && current !== '') {
      messages.push(current);
      current = piece;
    } else {
      current = next;
    }
  }
  if (current.trim() !== '') messages.push(current);
  return messages;
}

function splitLong(line: string, budget: number): string[] {
  if (line.length <= budget) return [line];
  const parts: string[] = [];
  let rest = line;
  while (rest.length > budget) {
    const cut = rest.lastIndexOf(' ', budget);
    const at = cut > budget / 2 ? cut : budget;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

/** A member's text quoted in a list: one line, at most `max` characters. */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
