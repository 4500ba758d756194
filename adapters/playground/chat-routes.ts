/**
 * The chat pane: commands of the shared grammar and button clicks, answered by the core command service
 * and decoded by the Slack and Teams adapters' own code (click.ts, card-click.ts), rendered both ways.
 */
import { z } from 'zod';
import { briefEntityOf } from '../../digests/compile/entity-names.js';
import { listTrackedTopics } from '../../src/entities/tracked-topics.js';
import { subscriptionsFor } from '../../src/subscriptions/subscription.service.js';
import { answerSlackClick } from '../slack/listeners/actions/click.js';
import { answerCardClick } from '../teams/handlers/card-click.js';
import { busiestWeek } from './default-period.js';
import type { Route } from './playground-context.js';
import { HttpError, parseWith } from './playground-http.js';
import { audienceOf, localTimeZone, type Place, PLACES, placeKey, PLAYGROUND_CHANNEL, PLAYGROUND_USER } from './playground-user.js';
import { renderedResult, renderedResults } from './rendered.js';

export const MAX_COMMAND_CHARS = 4000;

const place = z.enum(PLACES);
const CommandBody = z.object({ text: z.string().max(MAX_COMMAND_CHARS), place });
const SlackActionBody = z.object({ actionId: z.string().min(1).max(255), value: z.string().max(2000), place });
const TeamsActionBody = z.object({ data: z.record(z.string(), z.unknown()), place });

const defaults = () => ({ timeZone: localTimeZone() });
/** The channel as Slack's payload and Teams' channelData name it, for Share in channel's confirmation. */
const channelName = (where: Place): string | null => (where === 'channel' ? PLAYGROUND_CHANNEL.name : null);

export const chatRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/state$/,
    async handle({ engine }) {
      const follows = [];
      for (const where of PLACES) {
        for (const row of await subscriptionsFor(engine, placeKey(where))) {
          const topic = briefEntityOf({ id: row.entity_id, kind: row.kind, name_en: row.name_en, name_ar: row.name_ar, country_code: row.country_code });
          if (topic) follows.push({ topic: { id: topic.id, name: topic.name, kind: topic.kind }, mode: row.mode === 'alerts' ? 'alerts' : 'brief', place: where });
        }
      }
      const tracked = (await listTrackedTopics(engine)).map((t) => t.row);
      const countries = (await listTrackedTopics(engine, { kind: 'country' })).map((t) => t.row);
      const topics = [...tracked, ...countries].map((r) => ({ id: r.id, kind: r.kind, name: r.name_en, nameAr: r.name_ar }));
      return { user: { id: PLAYGROUND_USER.id, name: PLAYGROUND_USER.name }, places: PLACES, follows, topics, period: await busiestWeek(engine) };
    },
  },
  {
    method: 'POST',
    path: /^\/command$/,
    async handle({ commands }, { body }) {
      const { text, place: where } = parseWith(CommandBody, body);
      return renderedResult(await commands().run(audienceOf(where), text, defaults()));
    },
  },
  {
    method: 'POST',
    path: /^\/slack-action$/,
    async handle({ commands }, { body }) {
      const { actionId, value, place: where } = parseWith(SlackActionBody, body);
      const audience = audienceOf(where);
      const answer = await answerSlackClick(commands(), audience, actionId, value, defaults(), channelName(where));
      if (!answer) throw new HttpError(400, `actionId ${JSON.stringify(actionId.slice(0, 60))} with this value is not one of Mawjaz's buttons (copy action_id and value from the blocks)`);
      // App Home's buttons redraw the tab; the playground has none, so it shows the follows instead.
      // Share in channel: the card as the channel sees it, then the clicker's confirmation.
      return renderedResults([answer.result ?? (await commands().run(audience, 'list')), ...(answer.confirmation ? [answer.confirmation] : [])]);
    },
  },
  {
    method: 'POST',
    path: /^\/teams-action$/,
    async handle({ commands }, { body }) {
      const { data, place: where } = parseWith(TeamsActionBody, body);
      const answer = await answerCardClick(commands(), audienceOf(where), data, defaults(), channelName(where));
      if (!answer) throw new HttpError(400, "data is not one of Mawjaz's card actions (send the Action.Submit data exactly as in the card)");
      return renderedResults([answer.result, ...(answer.confirmation ? [answer.confirmation] : [])]);
    },
  },
];
