// A member the delivery marked unreachable (blocked the bot) who writes or presses a button again is reachable again.
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context';

export const reachableAgain: MiddlewareFn<BotContext> = async (ctx, next) => {
  const member = ctx.member;
  // A member's own update proves the chat works; "kicked" (blocking the bot) does not.
  const unblocked = ctx.myChatMember ? ctx.myChatMember.new_chat_member.status === 'member' : true;
  // Only a member the delivery marked unreachable is written: the rest (nearly every update) cost no statement.
  if (member && !member.reachable && unblocked && (ctx.message || ctx.callbackQuery || ctx.myChatMember)) {
    const again = await ctx.deps.records.notifications.markReachable(member.id);
    if (again) ctx.log.info({ member: member.id }, 'member reachable again');
  }
  await next();
};
