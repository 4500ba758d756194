/**
 * The Adaptive Card elements our cards use, typed as plain JSON (no SDK needed to build them), and the
 * small builders every renderer shares. Schema 1.5, the newest Teams renders on every client:
 * https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-reference#adaptive-card
 * Element reference: https://adaptivecards.io/explorer/
 */
import type { CardAction } from './actions.js';

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const CARD_VERSION = '1.5';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  weight?: 'Bolder';
  size?: 'Small' | 'Medium' | 'Large';
  isSubtle?: true;
  style?: 'heading';
  spacing?: 'Small' | 'Medium' | 'Large';
  separator?: true;
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title?: string;
  url: string;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: CardAction;
  style?: 'positive' | 'destructive';
  /** What a short title does, in full (shown on hover; 1.5). */
  tooltip?: string;
}

/** A button that unfolds a card of its own beneath it, in place (a menu that needs no round trip). */
export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: InlineCard;
}

export type Action = OpenUrlAction | SubmitAction | ShowCardAction;

/** The card an Action.ShowCard unfolds: a body of its own, read in the same direction as its card. */
export interface InlineCard {
  type: 'AdaptiveCard';
  rtl?: true;
  body: CardElement[];
}

export interface ActionSet {
  type: 'ActionSet';
  actions: Action[];
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet {
  type: 'FactSet';
  facts: Fact[];
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  /** Makes the whole container a link (a story opens its article). */
  selectAction?: OpenUrlAction;
  separator?: true;
  spacing?: 'Small' | 'Medium' | 'Large';
  /** Right-to-left layout for what it holds (1.5): an Arabic summary inside an English card. */
  rtl?: true;
}

/** One column of a ColumnSet: `stretch` takes the room left, `auto` only what its content needs. */
export interface Column {
  type: 'Column';
  width: 'auto' | 'stretch';
  items: CardElement[];
  verticalContentAlignment?: 'Center';
}

export interface ColumnSet {
  type: 'ColumnSet';
  columns: Column[];
  spacing?: 'Small' | 'Medium' | 'Large';
}

export type CardElement = TextBlock | ActionSet | FactSet | Container | ColumnSet;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: typeof CARD_SCHEMA;
  version: typeof CARD_VERSION;
  /** Right-to-left layout for the whole card (1.5): Arabic briefs. */
  rtl?: true;
  body: CardElement[];
}

/** One bot message: `text` is the plain notification / screen-reader fallback, `card` its attachment. */
export interface TeamsMessage {
  text: string;
  card: AdaptiveCard;
}

export function adaptiveCard(body: CardElement[], rtl = false): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: CARD_SCHEMA, version: CARD_VERSION, ...(rtl ? { rtl: true as const } : {}), body };
}

/** A TextBlock of already-safe text (see text.ts): always wrapped, never a one-line truncation. */
export function textBlock(text: string, style: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...style };
}

export function heading(text: string): TextBlock {
  return textBlock(text, { weight: 'Bolder', size: 'Medium', style: 'heading' });
}

/** Article text in its own direction: wrapped in a right-to-left container when it reads so and the card does not. */
export function inDirection(element: CardElement, rightToLeft: boolean, cardRtl: boolean): CardElement {
  return rightToLeft && !cardRtl ? { type: 'Container', items: [element], rtl: true } : element;
}

export function subtle(text: string): TextBlock {
  return textBlock(text, { isSubtle: true, size: 'Small', spacing: 'Small' });
}

/**
 * Characters of button titles one row holds before Teams (and the Adaptive Cards renderer) starts
 * cutting them to an ellipsis: about 360 px at 14 px, the width of a card in a narrow Teams window,
 * counting each button's padding as four characters.
 */
export const ROW_CHARS = 44;
const BUTTON_PADDING_CHARS = 4;

const titleChars = (action: Action): number => [...(action.title ?? '')].length + BUTTON_PADDING_CHARS;

/**
 * Buttons in rows: Teams shows at most six actions in a set on desktop (fewer on mobile), and squeezes
 * long titles side by side into ellipses, so a row ends at `perRow` buttons or ROW_CHARS of titles,
 * whichever comes first; a title longer than a row alone has its own.
 */
export function actionRows(actions: readonly Action[], perRow = 5): ActionSet[] {
  const rows: ActionSet[] = [];
  let row: Action[] = [];
  let chars = 0;
  for (const action of actions) {
    if (row.length > 0 && (row.length === perRow || chars + titleChars(action) > ROW_CHARS)) {
      rows.push({ type: 'ActionSet', actions: row });
      row = [];
      chars = 0;
    }
    row.push(action);
    chars += titleChars(action);
  }
  if (row.length > 0) rows.push({ type: 'ActionSet', actions: row });
  return rows;
}

/** The JSON size Teams counts against its message limit (about 100 KB for the whole activity). */
export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
