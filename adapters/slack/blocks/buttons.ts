/**
 * Our interactive elements: action ids the app registers handlers for (slack-app.ts), and a value
 * that carries what the click means. Values are ours, but come back from the client: they are parsed
 * with zod, never trusted.
 */
import type { Button, Overflow } from '@slack/types';
import { z } from 'zod';
import type { BriefStory } from '../../../digests/brief/brief-model.js';
import type { FeedbackChange } from '../../../src/commands/command-result.js';
import { ARTICLE_ID, MAX_STORY_ARTICLES } from '../../../src/subscriptions/conversation-filters.js';
import { plainText } from './mrkdwn.js';

export const ACTIONS = {
  follow: 'mawjaz_follow',
  unfollow: 'mawjaz_unfollow',
  subscribe: 'mawjaz_subscribe',
  unsubscribe: 'mawjaz_unsubscribe',
  share: 'mawjaz_share',
  /** A story's overflow menu: Not relevant, Mute <outlet> here. */
  storyMenu: 'mawjaz_story_menu',
  /** Undo on the confirmation of a menu choice. */
  undoFeedback: 'mawjaz_feedback_undo',
  /** Unmute beside a muted outlet in `list`: the list is redrawn. */
  unmute: 'mawjaz_unmute',
  /** Show again beside a hidden story in `list`: the list is redrawn. */
  showAgain: 'mawjaz_show_again',
} as const;

export type FeedbackActionId = (typeof ACTIONS)['storyMenu' | 'undoFeedback' | 'unmute' | 'showAgain'];

export type SubscriptionActionId = (typeof ACTIONS)['follow' | 'unfollow' | 'subscribe' | 'unsubscribe'];

/** Which view to redraw after a click: the topic card, the list of follows, or the App Home tab. */
export const ButtonValueSchema = z.object({
  topic: z.string().min(3).max(200),
  view: z.enum(['card', 'list', 'confirm', 'home']),
});
export type ButtonValue = z.infer<typeof ButtonValueSchema>;

export function parseButtonValue(value: string | undefined): ButtonValue | null {
  try {
    const parsed = ButtonValueSchema.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Slack's limits: button text 75 characters, value 2000, action_id 255. */
export function button(actionId: string, label: string, value: ButtonValue | string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: plainText(label, 75), emoji: true },
    value: (typeof value === 'string' ? value : JSON.stringify(value)).slice(0, 2000),
    ...(style ? { style } : {}),
  };
}

/** Slack's limit on an option's value (overflow menus); our story values fit it, long outlet names may not. */
const OPTION_VALUE_CHARS = 150;
const ARTICLE_IDS = new RegExp(`^${ARTICLE_ID.source.slice(1, -1)}(?:,${ARTICLE_ID.source.slice(1, -1)})*$`);

/**
 * A feedback change as a compact string ("hide:<ids>", "mute:<outlet>"…): overflow options allow only
 * 150 characters, which JSON would spend on punctuation. Outlet names are base64url: a feed's name can
 * hold anything ("<!channel>", "&"), and values are echoed back by the client.
 */
const FeedbackValueSchema = z
  .string()
  .max(2000)
  .transform((value, ctx): FeedbackChange => {
    const colon = value.indexOf(':');
    const action = value.slice(0, colon);
    const rest = value.slice(colon + 1);
    if ((action === 'hide' || action === 'unhide') && ARTICLE_IDS.test(rest)) {
      const articleIds = rest.split(',');
      if (articleIds.length <= MAX_STORY_ARTICLES) return { action, articleIds };
    }
    if (action === 'mute' || action === 'unmute') {
      const source = Buffer.from(rest, 'base64url').toString('utf8');
      if (source.trim() !== '' && source.length <= 200) return { action, source };
    }
    ctx.addIssue({ code: 'custom', message: 'not a feedback value' });
    return z.NEVER;
  });

export function feedbackValue(change: FeedbackChange): string {
  return 'articleIds' in change ? `${change.action}:${change.articleIds.join(',')}` : `${change.action}:${Buffer.from(change.source, 'utf8').toString('base64url')}`;
}

export function parseFeedbackValue(value: string | undefined): FeedbackChange | null {
  const parsed = FeedbackValueSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Outlets offered for muting per story: the overflow menu holds five options, one is Not relevant. */
const MUTABLE_OUTLETS = 4;

// Plain text shows these literally, but a name is article data: keep Slack's control characters out anyway.
const LOOKALIKES: Record<string, string> = { '<': '‹', '>': '›', '&': '＆', '@': '＠' };

export interface StoryMenuLabels {
  notRelevant: string;
  muteHere: (outlet: string) => string;
}

/**
 * A story's menu (a section's accessory: no extra block), or null when it has no article to name it by.
 * `direct` adds what a right-to-left brief needs at the start of each label.
 */
export function storyMenu(story: Pick<BriefStory, 'articles'>, labels: StoryMenuLabels, direct: (text: string) => string = (t) => t): Overflow | null {
  const ids: string[] = [];
  for (const id of new Set(story.articles.map((a) => a.id))) {
    // As many of the story's articles as the option's value holds: any one of them names the story.
    if (!ARTICLE_ID.test(id) || ids.length === MAX_STORY_ARTICLES) continue;
    if (feedbackValue({ action: 'hide', articleIds: [...ids, id] }).length <= OPTION_VALUE_CHARS) ids.push(id);
  }
  if (ids.length === 0) return null;
  const option = (label: string, value: string) => ({ text: { type: 'plain_text' as const, text: direct(plainText(label.replace(/[<>&@]/gu, (c) => LOOKALIKES[c] ?? c), 74)), emoji: true }, value });
  const options = [option(labels.notRelevant, feedbackValue({ action: 'hide', articleIds: ids }))];
  const outlets = [...new Set(story.articles.map((a) => a.source).filter((s): s is string => s !== null && s.trim() !== ''))];
  for (const outlet of outlets) {
    const value = feedbackValue({ action: 'mute', source: outlet });
    if (value.length > OPTION_VALUE_CHARS) continue; // an outlet name too long to carry: mute by command instead
    options.push(option(labels.muteHere(outlet), value));
    if (options.length > MUTABLE_OUTLETS) break;
  }
  return { type: 'overflow', action_id: ACTIONS.storyMenu, options };
}
