/**
 * The App Home tab: your follows with Unfollow buttons, your next brief's time and your quiet hours
 * in your zone, the briefs of channels you are in, your last alerts. https://api.slack.com/surfaces/app-home
 */
import type { KnownBlock } from '@slack/types';
import { entityName, formatDay } from '../../../digests/brief/labels.js';
import type { FollowedTopic, HomeView, TargetSettings } from '../../../src/commands/command-result.js';
import { quietHoursText } from '../../../src/commands/quiet-hours-text.js';
import { lastScheduled } from '../../../src/delivery/zoned-time.js';
import { isRightToLeft, uiText, type UiLang } from '../../../src/i18n/interface-text.js';
import { pauseCauseOf } from '../pause-reasons.js';
import { ACTIONS, button } from './buttons.js';
import { directedLines } from './direction.js';
import { mrkdwnContext as ltrContext, mrkdwnSection as ltrSection } from './elements.js';
import { escapeMrkdwn, link } from './mrkdwn.js';

/** "Monday 30 November, 08:00 (Africa/Cairo)": when the next brief comes, in the subscriber's own zone. */
export function nextBriefText(settings: TargetSettings, now: Date, lang: UiLang = 'en'): string {
  const last = lastScheduled(now, { day: settings.day, time: settings.time, zone: settings.timeZone });
  const next = new Date(last.at.getTime() + 7 * 86_400_000);
  const shown = new Intl.DateTimeFormat(uiText(lang).dateLocale, { timeZone: settings.timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(next);
  return `${shown} (${settings.timeZone})`;
}


/** A channel mention Slack renders with the channel's name; anything that is not a channel id is only escaped. */
function channelMention(channelId: string): string {
  return /^[CG][A-Z0-9]{2,20}$/.test(channelId) ? `<#${channelId}>` : escapeMrkdwn(channelId, 40);
}

function topicNames(topics: readonly FollowedTopic[], lang: UiLang): string {
  const t = uiText(lang);
  const names = topics.slice(0, 15).map((f) => `${escapeMrkdwn(entityName(f.topic, lang), 80)}${f.mode === 'alerts' ? ` ${t.withAlerts}` : ''}`);
  return topics.length > 15 ? t.namesAndMore(names.join(t.listSeparator), topics.length - 15) : names.join(t.listSeparator);
}

const code = (command: string): string => `\`${command}\``;

/** The topic's name in the other language, shown beside the one the person reads. */
function otherName(topic: FollowedTopic['topic'], lang: UiLang): string {
  const other = lang === 'ar' ? topic.name : topic.nameAr;
  return other && other !== entityName(topic, lang) ? ` · ${escapeMrkdwn(other, 120)}` : '';
}

const MAX_FOLLOWS = 45;
const MAX_CHANNELS = 15;

/** App Home in the person's language (`language`), right to left in Arabic. */
export function homeBlocks(view: HomeView, now: Date): KnownBlock[] {
  const { personal: follows, settings } = view;
  const lang = settings.language;
  const t = uiText(lang);
  const rtl = isRightToLeft(lang);
  const mrkdwnSection = (text: string) => ltrSection(directedLines(text, rtl));
  const mrkdwnContext = (text: string) => ltrContext(directedLines(text, rtl));
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: directedLines(t.homeHeader, rtl) } },
    mrkdwnSection(`*${t.yourWeeklyBrief}* ${t.briefWhen(escapeMrkdwn(nextBriefText(settings, now, lang), 200), t.languageName(lang))}`),
    mrkdwnContext(`${escapeMrkdwn(quietHoursText(settings, lang), 200)}.`),
    mrkdwnContext(t.changeItWith(code)),
    { type: 'divider' },
    mrkdwnSection(follows.length === 0 ? `*${t.followNothingYet}* ${t.tryTopicAndFollow(code)}` : `*${t.homeYouFollow(follows.length)}*`),
  ];
  // One block per topic, and the whole view within Slack's 100 blocks.
  for (const f of follows.slice(0, MAX_FOLLOWS)) {
    blocks.push({
      ...mrkdwnSection(`*${escapeMrkdwn(entityName(f.topic, lang), 120)}*${otherName(f.topic, lang)}${f.mode === 'alerts' ? ` · ${t.alertsOn}` : ''}`),
      accessory: button(ACTIONS.unfollow, t.unfollow, { topic: f.topic.id, view: 'home' }),
    });
  }
  if (follows.length > MAX_FOLLOWS) blocks.push(mrkdwnContext(t.homeMoreFollows(follows.length - MAX_FOLLOWS, code)));
  if (view.channels.length > 0) {
    blocks.push({ type: 'divider' }, mrkdwnSection(`*${t.channelsBriefs}*`));
    for (const channel of view.channels.slice(0, MAX_CHANNELS)) {
      const paused = channel.pausedReason ? `\n:double_vertical_bar: ${t.paused(t.pauseCause(pauseCauseOf(channel.pausedReason)))}` : '';
      blocks.push(mrkdwnSection(`${channelMention(channel.channelId)}: ${topicNames(channel.topics, lang)}${paused}`));
    }
    if (view.channels.length > MAX_CHANNELS) blocks.push(mrkdwnContext(t.moreChannels(view.channels.length - MAX_CHANNELS)));
  }
  if (view.recentAlerts.length > 0) {
    const lines = view.recentAlerts.map((a) => {
      const meta = [a.source ? escapeMrkdwn(a.source, 60) : '', a.published ? formatDay(a.published.slice(0, 10), lang) : '', escapeMrkdwn(entityName(a.topic, lang), 60)].filter((x) => x !== '');
      return `• ${link(a.title, a.url, 200)} — ${meta.join(' · ')}`;
    });
    blocks.push({ type: 'divider' }, mrkdwnSection(`*${t.lastAlerts}*\n${lines.join('\n')}`));
  }
  return blocks;
}
