/**
 * The App Home tab: your follows with Unfollow buttons, your next brief's time and your quiet hours
 * in your zone, the briefs of channels you are in, your last alerts. https://api.slack.com/surfaces/app-home
 */
import type { KnownBlock } from '@slack/types';
import { formatDay } from '../../../digests/brief/labels.js';
import type { FollowedTopic, HomeView, TargetSettings } from '../../../src/commands/command-result.js';
import { quietHoursText } from '../../../src/commands/quiet-hours-text.js';
import { lastScheduled } from '../../../src/delivery/zoned-time.js';
import { ACTIONS, button } from './buttons.js';
import { mrkdwnContext, mrkdwnSection } from './elements.js';
import { escapeMrkdwn, link } from './mrkdwn.js';

/** "Monday 30 November, 08:00 (Africa/Cairo)": when the next brief comes, in the subscriber's own zone. */
export function nextBriefText(settings: TargetSettings, now: Date): string {
  const last = lastScheduled(now, { day: settings.day, time: settings.time, zone: settings.timeZone });
  const next = new Date(last.at.getTime() + 7 * 86_400_000);
  const shown = new Intl.DateTimeFormat('en-GB', { timeZone: settings.timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(next);
  return `${shown} (${settings.timeZone})`;
}


/** A channel mention Slack renders with the channel's name; anything that is not a channel id is only escaped. */
function channelMention(channelId: string): string {
  return /^[CG][A-Z0-9]{2,20}$/.test(channelId) ? `<#${channelId}>` : escapeMrkdwn(channelId, 40);
}

function topicNames(topics: readonly FollowedTopic[]): string {
  const names = topics.slice(0, 15).map((t) => `${escapeMrkdwn(t.topic.name, 80)}${t.mode === 'alerts' ? ' (alerts)' : ''}`);
  return topics.length > 15 ? `${names.join(', ')} and ${topics.length - 15} more` : names.join(', ');
}

const MAX_FOLLOWS = 45;
const MAX_CHANNELS = 15;

export function homeBlocks(view: HomeView, now: Date): KnownBlock[] {
  const { personal: follows, settings } = view;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Mawjaz — migration news, briefly' } },
    mrkdwnSection(`*Your weekly brief:* ${escapeMrkdwn(nextBriefText(settings, now), 200)}, in ${settings.language === 'ar' ? 'Arabic' : 'English'}.`),
    mrkdwnContext(`${escapeMrkdwn(quietHoursText(settings), 200)}.`),
    mrkdwnContext('Change it with `/migration schedule monday 08:00 Africa/Cairo`, `/migration language ar` or `/migration quiet 22:00-07:00`.'),
    { type: 'divider' },
    mrkdwnSection(follows.length === 0 ? '*You follow nothing yet.* Try `/migration khartoum` and press Follow.' : `*You follow ${follows.length} ${follows.length === 1 ? 'topic' : 'topics'}*`),
  ];
  // One block per topic, and the whole view within Slack's 100 blocks.
  for (const f of follows.slice(0, MAX_FOLLOWS)) {
    blocks.push({
      ...mrkdwnSection(`*${escapeMrkdwn(f.topic.name, 120)}*${f.topic.nameAr ? ` · ${escapeMrkdwn(f.topic.nameAr, 120)}` : ''}${f.mode === 'alerts' ? ' · alerts on' : ''}`),
      accessory: button(ACTIONS.unfollow, 'Unfollow', { topic: f.topic.id, view: 'home' }),
    });
  }
  if (follows.length > MAX_FOLLOWS) blocks.push(mrkdwnContext(`…and ${follows.length - MAX_FOLLOWS} more: \`/migration list\` shows them all.`));
  if (view.channels.length > 0) {
    blocks.push({ type: 'divider' }, mrkdwnSection("*Your channels' briefs*"));
    for (const channel of view.channels.slice(0, MAX_CHANNELS)) {
      const paused = channel.pausedReason ? `\n:double_vertical_bar: Paused: ${escapeMrkdwn(channel.pausedReason, 200)}` : '';
      blocks.push(mrkdwnSection(`${channelMention(channel.channelId)}: ${topicNames(channel.topics)}${paused}`));
    }
    if (view.channels.length > MAX_CHANNELS) blocks.push(mrkdwnContext(`…and ${view.channels.length - MAX_CHANNELS} more channels.`));
  }
  if (view.recentAlerts.length > 0) {
    const lines = view.recentAlerts.map((a) => {
      const meta = [a.source ? escapeMrkdwn(a.source, 60) : '', a.published ? formatDay(a.published.slice(0, 10), 'en') : '', escapeMrkdwn(a.topic.name, 60)].filter((x) => x !== '');
      return `• ${link(a.title, a.url, 200)} — ${meta.join(' · ')}`;
    });
    blocks.push({ type: 'divider' }, mrkdwnSection(`*Your last alerts*\n${lines.join('\n')}`));
  }
  return blocks;
}
