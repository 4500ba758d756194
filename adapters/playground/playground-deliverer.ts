/**
 * The playground as a delivery platform: briefs and alerts the outbox sends to the playground user
 * land in its inbox (playground-inbox.ts) as the Slack messages and Teams cards they would have been.
 * One delivery is one inbox entry, acknowledged as one message: a retry after a crash that had
 * stored it (progress.sent) stores nothing twice.
 */
import type { Brief } from '../../digests/brief/brief-model.js';
import { type AlertItem, type BriefDeliverer, type DeliveryProgress, type DeliveryTarget, FIRST_ATTEMPT } from '../../src/delivery/deliverer.js';
import type { Inbox } from '../../src/delivery/inbox.js';
import { storeInInbox } from './playground-inbox.js';
import { PLAYGROUND } from './playground-user.js';
import { type Rendered, renderedAlerts, renderedBrief } from './rendered.js';

export function createPlaygroundDeliverer(inbox: Inbox): BriefDeliverer {
  async function store(target: DeliveryTarget, message: () => Rendered, progress: DeliveryProgress): Promise<string[]> {
    if (progress.sent.length > 0) return [...progress.sent];
    const id = `inbox:${await storeInInbox(inbox, target.conversationId, message())}`;
    await progress.acknowledged(id);
    return [id];
  }
  return {
    platform: PLAYGROUND,
    deliver: (target: DeliveryTarget, brief: Brief, progress: DeliveryProgress = FIRST_ATTEMPT) => store(target, () => renderedBrief(brief), progress),
    deliverAlerts: (target: DeliveryTarget, items: readonly AlertItem[], progress: DeliveryProgress = FIRST_ATTEMPT) => store(target, () => renderedAlerts(items, target.language), progress),
  };
}
