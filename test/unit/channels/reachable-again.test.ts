// The middleware that makes an unreachable member reachable when they write: it writes only for such a member.
import type { BotContext } from '../../../src/channels/telegram/context';
import { reachableAgain } from '../../../src/channels/telegram/middlewares/reachable-again';
import { member } from '../forms/engine-support';

function contextFor(reachable: boolean, marked: number[]) {
  return {
    member: { ...member, reachable },
    message: { text: '/help' },
    deps: {
      records: {
        notifications: {
          markReachable: async (memberId: number) => {
            marked.push(memberId);
            return true;
          },
        },
      },
    },
    log: { info: () => undefined },
  } as unknown as BotContext;
}

describe('reachableAgain', () => {
  it('marks a member the delivery found unreachable, and sends nothing for one already reachable', async () => {
    const marked: number[] = [];
    let nexts = 0;
    const next = async () => {
      nexts += 1;
    };
    await reachableAgain(contextFor(true, marked), next);
    expect(marked).toEqual([]);
    await reachableAgain(contextFor(false, marked), next);
    expect(marked).toEqual([member.id]);
    expect(nexts).toBe(2);
  });
});
