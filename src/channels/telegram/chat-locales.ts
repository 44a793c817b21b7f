// The language of the chats the bot answered lately, kept in memory: an apology must be in the member's language
// even when the records cannot be read (the database is down).
import type { Locale } from '../../i18n';

export class RecentChatLocales {
  private readonly locales = new Map<number, Locale>();

  constructor(private readonly capacity = 50_000) {}

  remember(chatId: number, locale: Locale): void {
    // Re-inserting moves the chat to the end, so the oldest entry is the first one to go.
    this.locales.delete(chatId);
    this.locales.set(chatId, locale);
    if (this.locales.size > this.capacity) this.locales.delete(this.locales.keys().next().value!);
  }

  of(chatId: number): Locale | undefined {
    return this.locales.get(chatId);
  }
}
