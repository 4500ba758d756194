/**
 * Follow buttons for the actors and countries a topic card or a brief mentions most. A row of buttons
 * titled "Follow <name>" is cut by Teams (and by the Adaptive Cards renderer) to an ellipsis as soon
 * as the names are long or many, so one button "Follow an actor or country…" (Action.ShowCard) unfolds,
 * in place, one row per entity: its name wrapped in full beside a short Follow button that always fits.
 * https://adaptivecards.io/explorer/Action.ShowCard.html · https://adaptivecards.io/explorer/ColumnSet.html
 */
import type { BriefEntity, BriefLang, CountedEntity } from '../../../digests/brief/brief-model.js';
import { entityName } from '../../../digests/brief/labels.js';
import { uiText } from '../../../src/i18n/interface-text.js';
import { submit } from './actions.js';
import type { ActionSet, CardElement, ColumnSet } from './adaptive-card.js';
import { cardText } from './text.js';

const NAME_CHARS = 120;

function followRow(entity: BriefEntity & Partial<Pick<CountedEntity, 'count'>>, lang: BriefLang): ColumnSet {
  const t = uiText(lang);
  const shown = cardText(entityName(entity, lang), NAME_CHARS);
  const follow = { ...submit(t.followShort, { mawjaz: 'follow', topic: entity.id, view: 'confirm' }), tooltip: t.followTopic(shown) };
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [{ type: 'TextBlock', text: entity.count === undefined ? shown : `${shown} ${t.mentionCount(entity.count)}`, wrap: true }] },
      { type: 'Column', width: 'auto', verticalContentAlignment: 'Center', items: [{ type: 'ActionSet', actions: [follow] }] },
    ],
  };
}

/** The menu as one element (nothing when there is no one to follow); `rtl` for an Arabic card, whose unfolded part reads the same way. */
export function followMenu(entities: ReadonlyArray<BriefEntity & Partial<Pick<CountedEntity, 'count'>>>, lang: BriefLang, rtl = false): CardElement[] {
  const unique = [...new Map(entities.map((e) => [e.id, e])).values()];
  if (unique.length === 0) return [];
  const menu: ActionSet = {
    type: 'ActionSet',
    actions: [{ type: 'Action.ShowCard', title: uiText(lang).followMenuOpen, card: { type: 'AdaptiveCard', ...(rtl ? { rtl: true as const } : {}), body: unique.map((e) => followRow(e, lang)) } }],
  };
  return [menu];
}
