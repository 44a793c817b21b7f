// Keeps a bound chat's command menu in step with the member's role and language from their first update on: a chat
// bound by the records (the demo, an import) or a member promoted to secretary sees their commands without /start.
import type { MiddlewareFn } from 'grammy';
import { isLocale } from '../../../i18n';
import { setChatCommandMenu } from '../command-menu';
import { audienceOf } from '../commands';
import type { BotContext } from '../context';

declare module '../context' {
  interface SessionData {
    /** The menu this chat was last given, as "<audience>:<locale>". */
    menu?: string;
  }
}

/**
 * Gives the chat its member's menu unless it has it already; `force` sets it again anyway (/start: the member may
 * have cleared it). A failure is logged: the menu is a convenience, the commands work without it.
 */
export async function syncCommandMenu(ctx: BotContext, force = false): Promise<void> {
  const member = ctx.member;
  if (!member || ctx.chat?.type !== 'private' || !isLocale(member.locale)) return;
  const audience = audienceOf(member);
  const menu = `${audience}:${member.locale}`;
  if (ctx.session.menu === menu && !force) return;
  try {
    await setChatCommandMenu(ctx.api, ctx.deps.translate, ctx.chat.id, member.locale, audience);
    ctx.session.menu = menu;
  } catch (error) {
    ctx.log.warn({ err: error }, 'could not set the chat command menu');
  }
}

export const commandMenu: MiddlewareFn<BotContext> = async (ctx, next) => {
  await syncCommandMenu(ctx);
  await next();
};
