/**
 * What the playground shows for an answer: the very Block Kit messages and Adaptive Cards the Slack
 * and Teams adapters would send, side by side.
 */
import type { UiLang } from '../../src/i18n/interface-text.js';
import type { Brief } from '../../digests/brief/brief-model.js';
import type { AlertItem } from '../../src/delivery/deliverer.js';
import type { CommandResult } from '../../src/commands/command-result.js';
import { renderAlertBlocks } from '../slack/blocks/alert-blocks.js';
import { renderBriefBlocks, type SlackMessage } from '../slack/blocks/brief-blocks.js';
import { renderResult } from '../slack/blocks/result-blocks.js';
import type { AdaptiveCard, TeamsMessage } from '../teams/cards/adaptive-card.js';
import { renderAlertCard } from '../teams/cards/alert-cards.js';
import { renderBriefCards } from '../teams/cards/brief-cards.js';
import { renderTeamsResult } from '../teams/cards/result-cards.js';

export interface Rendered {
  kind: string;
  slack: SlackMessage[];
  teams: AdaptiveCard[];
}

function both(kind: string, slack: readonly SlackMessage[], teams: readonly TeamsMessage[]): Rendered {
  return { kind, slack: slack.map(({ text, blocks }) => ({ text, blocks })), teams: teams.map((m) => m.card) };
}

export const renderedResult = (result: CommandResult): Rendered => both(result.kind, renderResult(result), renderTeamsResult(result));

/** Several answers to one click, in the order the platform posts them (Share: the card, then its confirmation); named by the first. */
export const renderedResults = (results: readonly [CommandResult, ...CommandResult[]]): Rendered =>
  both(results[0].kind, results.flatMap(renderResult), results.flatMap(renderTeamsResult));

export const renderedBrief = (brief: Brief): Rendered => both('brief', renderBriefBlocks(brief), renderBriefCards(brief));

export const renderedAlerts = (items: readonly AlertItem[], lang: UiLang = 'en'): Rendered => both('alerts', [renderAlertBlocks(items, lang)], [renderAlertCard(items, lang)]);
