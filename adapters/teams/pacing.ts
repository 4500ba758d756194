/**
 * Teams' proactive-message limits, kept on our side so a fan-out is not throttled into failures:
 * per conversation 7 messages a second and 1,800 an hour; per tenant (all conversations of the bot)
 * about 50 a second. https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit
 */
export interface PacingLimits {
  perConversationIntervalMs: number;
  perConversationPerHour: number;
  perTenantIntervalMs: number;
}

export const TEAMS_LIMITS: PacingLimits = { perConversationIntervalMs: Math.ceil(1000 / 7), perConversationPerHour: 1800, perTenantIntervalMs: 20 };

export class HourlyCapReached extends Error {}

const HOUR_MS = 3_600_000;

export function createPacer(limits: PacingLimits = TEAMS_LIMITS, now: () => number = Date.now) {
  const nextFree = new Map<string, number>();
  const sentTimes = new Map<string, number[]>();

  /** Waits until `key` may send again, then books the slot. */
  async function slot(key: string, intervalMs: number): Promise<void> {
    const at = Math.max(now(), nextFree.get(key) ?? 0);
    nextFree.set(key, at + intervalMs);
    const wait = at - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  return {
    /** Before each message to a conversation: throws HourlyCapReached rather than wait most of an hour. */
    async beforeSend(tenant: string, conversation: string): Promise<void> {
      const cutoff = now() - HOUR_MS;
      const recent = (sentTimes.get(conversation) ?? []).filter((t) => t > cutoff);
      if (recent.length >= limits.perConversationPerHour) throw new HourlyCapReached(`Teams: ${limits.perConversationPerHour} messages in the last hour to this conversation; the rest goes on a later run`);
      await slot(`conversation:${conversation}`, limits.perConversationIntervalMs);
      await slot(`tenant:${tenant}`, limits.perTenantIntervalMs);
      recent.push(now());
      sentTimes.set(conversation, recent);
      if (sentTimes.size > 50_000) sentTimes.clear();
    },
  };
}
