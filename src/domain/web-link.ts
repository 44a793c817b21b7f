// An online meeting's link as members will open it: an http(s) address with a host, nothing around it.
export const WEB_LINK_MAX_CHARS = 500;

export function isWebLink(text: string): boolean {
  if (text.length > WEB_LINK_MAX_CHARS || /\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
