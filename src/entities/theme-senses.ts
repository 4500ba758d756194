/**
 * A theme wording read in another sense because of its sentence (./gazetteer/theme-senses.json): the
 * border guards of «قتل 4 مهربين لدى محاولتهم اجتياز الحدود وبحوزتهم كميات من المخدرات» stop drug
 * runners, not migrants; « 20 000 migrants secourus dans le désert » were rescued on land, not at sea;
 * "families displaced by the hurricane" are a disaster's, not refugees. blockers.json cancels fixed
 * phrases; here the cue may stand anywhere in the sentence. A sense holds when one of its cue words is in
 * the sentence and, unless the sense says evenAmongMigrants, the sentence names no migrants (a word of
 * `people`): «تهريب المهاجرين والمخدرات» is still migrant smuggling. A headline is terse ("Army clashes
 * with smugglers on the border"): its wordings are read with the lead's first sentence, which says who.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InvalidInput } from '../errors.js';
import { type Token, phraseKeys, textKeys, tokenise } from '../text/tokens.js';

const oneWord = z.string().refine((word) => tokenise(word).length === 1, 'one word (a cue is read token by token)');

const sensesSchema = z.strictObject({
  note: z.string(),
  people: z.array(oneWord).min(1),
  senses: z.array(
    z.strictObject({
      what: z.string().min(1),
      themes: z.array(z.string().regex(/^theme:[a-z0-9-]+$/)).min(1),
      evenAmongMigrants: z.literal(true).optional(),
      cues: z.array(oneWord).min(1),
    }),
  ),
});

interface Sense {
  cues: ReadonlySet<string>;
  evenAmongMigrants: boolean;
}

interface Senses {
  people: ReadonlySet<string>;
  byTheme: ReadonlyMap<string, readonly Sense[]>;
}

let loaded: Senses | undefined;

const keysOf = (words: readonly string[]): Set<string> => new Set(words.flatMap((word) => phraseKeys(word)));

function senses(): Senses {
  if (loaded) return loaded;
  const parsed = sensesSchema.safeParse(JSON.parse(readFileSync(new URL('./gazetteer/theme-senses.json', import.meta.url), 'utf8')));
  if (!parsed.success) throw new InvalidInput(`gazetteer/theme-senses.json: ${z.prettifyError(parsed.error)}`);
  const byTheme = new Map<string, Sense[]>();
  for (const sense of parsed.data.senses) {
    const read: Sense = { cues: keysOf(sense.cues), evenAmongMigrants: sense.evenAmongMigrants === true };
    for (const theme of sense.themes) byTheme.set(theme, [...(byTheme.get(theme) ?? []), read]);
  }
  loaded = { people: keysOf(parsed.data.people), byTheme };
  return loaded;
}

/** Where a sentence ends: a full stop, a question or exclamation mark (Latin or Arabic), a line break. */
const SENTENCE_END = /[.!?؟\n]/;
/** A sentence is read at most this many words either side of the wording (run-on Arabic sentences). */
const SENTENCE_REACH = 40;

const said = (token: Token, keys: ReadonlySet<string>): boolean => textKeys(token.norm).some((key) => keys.has(key));

/** The tokens of the sentence holding tokens[first..end), text being what the tokens were cut from. */
function sentenceAround(text: string, tokens: readonly Token[], first: number, end: number): readonly Token[] {
  let from = first;
  while (from > 0 && first - from < SENTENCE_REACH && !SENTENCE_END.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from -= 1;
  let to = end;
  while (to < tokens.length && to - end < SENTENCE_REACH && !SENTENCE_END.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start))) to += 1;
  return tokens.slice(from, to);
}

/** The first sentence after the headline. */
function leadSentence(text: string, tokens: readonly Token[], titleLength: number): readonly Token[] {
  const first = tokenAt(tokens, titleLength);
  return first < tokens.length ? sentenceAround(text, tokens, first, first + 1) : [];
}

/** The index of the first token starting at or after `offset` (tokens in text order). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether the mention of `entityId` at text[start, end) is read in another sense (theme-senses.json);
 * `tokens` are tokenise(text), and text[0, titleLength) is the headline. Only themes with senses are looked at.
 */
export function inOtherSense(entityId: string, start: number, end: number, text: string, tokens: readonly Token[], titleLength = 0): boolean {
  const { people, byTheme } = senses();
  const themeSenses = byTheme.get(entityId);
  if (themeSenses === undefined) return false;
  const first = tokenAt(tokens, start);
  const last = Math.max(first + 1, tokenAt(tokens, end));
  if (first >= tokens.length) return false;
  const sentence = [...sentenceAround(text, tokens, first, last), ...(start < titleLength ? leadSentence(text, tokens, titleLength) : [])];
  const namesMigrants = sentence.some((token) => said(token, people));
  return themeSenses.some((sense) => (sense.evenAmongMigrants || !namesMigrants) && sentence.some((token) => said(token, sense.cues)));
}
