/** The App Home tab: your follows with Unfollow buttons, this brief's next time and your quiet hours in your zone, how to change them. */
import type { KnownBlock } from '@slack/types';
import type { FollowedTopic, TargetSettings } from '../../../src/commands/command-result.js';
import { lastScheduled } from '../../../src/delivery/zoned-time.js';
import { ACTIONS, button } from './buttons.js';
import { mrkdwnContext, mrkdwnSection } from './elements.js';
import { escapeMrkdwn } from './mrkdwn.js';


/** "Monday 30 November, 08:00 (Africa/Cairo)": when the next brief comes, in the subscriber's own zone. */
export function nextBriefText(settings: TargetSettings, now: Date): string {
  const last = lastScheduled(now, { day: settings.day, time: settings.time, zone: settings.timeZone });
  const next = new Date(last.at.getTime() + 7 * 86_400_000);
  const shown = new Intl.DateTimeFormat('en-GB', { timeZone: settings.timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(next);
  return `${shown} (${settings.timeZone})`;
}

/** "Quiet hours 22:00–07:00 (Africa/Cairo)", or that alerts come at any hour. */
export function quietHoursText(settings: TargetSettings): string {
  if (settings.quietStart === null || settings.quietEnd === null) return 'No quiet hours: alerts come at any time';
  return `Quiet hours ${settings.quietStart}–${settings.quietEnd} (${settings.timeZone})`;
}

export function homeBlocks(follows: readonly FollowedTopic[], settings: TargetSettings, now: Date): KnownBlock[] {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Mawjaz — migration news, briefly' } },
    mrkdwnSection(`*Your weekly brief:* ${escapeMrkdwn(nextBriefText(settings, now), 200)}, in ${settings.language === 'ar' ? 'Arabic' : 'English'}.`),
    mrkdwnContext(`${escapeMrkdwn(quietHoursText(settings), 200)}.`),
    mrkdwnContext('Change it with `/migration schedule monday 08:00 Africa/Cairo`, `/migration language ar` or `/migration quiet 22:00-07:00`.'),
    { type: 'divider' },
    mrkdwnSection(follows.length === 0 ? '*You follow nothing yet.* Try `/migration khartoum` and press Follow.' : `*You follow ${follows.length} ${follows.length === 1 ? 'topic' : 'topics'}*`),
  ];
  // Two blocks per topic: stay within Slack's 100 blocks of a Home view.
  for (const f of follows.slice(0, 45)) {
    blocks.push({
      ...mrkdwnSection(`*${escapeMrkdwn(f.topic.name, 120)}*${f.topic.nameAr ? ` · ${escapeMrkdwn(f.topic.nameAr, 120)}` : ''}${f.mode === 'alerts' ? ' · alerts on' : ''}`),
      accessory: button(ACTIONS.unfollow, 'Unfollow', { topic: f.topic.id, view: 'home' }),
    });
  }
  return blocks;
}
