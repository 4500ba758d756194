/** Reading our cards' JSON back in tests: every string with its path, the texts Teams shows, every button's data. */
import type { TeamsMessage } from '../../../adapters/teams/cards/adaptive-card.js';

/** Every string in the cards with its JSON path. */
export function strings(value: unknown, path = '$'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/** Texts Teams renders (TextBlock text, button titles) and the notification text. */
export function shownTexts(messages: readonly TeamsMessage[]): string[] {
  return messages.flatMap((m) => [m.text, ...strings(m.card).filter(([path]) => /\.(text|title)$/.test(path)).map(([, s]) => s)]);
}

/** Every Action.Submit `data` object in a card. */
export function collectData(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(collectData);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  return record.type === 'Action.Submit' ? [record.data] : Object.values(record).flatMap(collectData);
}
