/**
 * Our interactive elements: action ids the app registers handlers for (slack-app.ts), and a value
 * that carries what the click means. Values are ours, but come back from the client: they are parsed
 * with zod, never trusted.
 */
import type { Button } from '@slack/types';
import { z } from 'zod';
import { plainText } from './mrkdwn.js';

export const ACTIONS = {
  follow: 'mawjaz_follow',
  unfollow: 'mawjaz_unfollow',
  subscribe: 'mawjaz_subscribe',
  unsubscribe: 'mawjaz_unsubscribe',
  share: 'mawjaz_share',
} as const;

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
