/**
 * Arabic names found from the names around them, after the scan: a guest list with countries or ages in
 * brackets, names joined by و to a name found, and names listed between commas next to one.
 */
import { arabicIn } from './people-arabic-keys.js';
import { ABD, AGE_WORDS, ARABIC_GIVEN, ARABIC_GIVEN_CONJOINED, AR_BODIES, AR_COMPOUND_SECOND, AR_CONNECTORS, AR_NAMED_AFTER, AR_NAMES_WITH_ARTICLE, AR_STOP, AR_TITLES, AR_TITLE_WORDS, PARTICLE_IN_NAME } from './people-arabic-words.js';
import { foreignShaped } from './people-arabic-shapes.js';
import { isArabicScript } from '../text/normalise.js';
import type { NameSpan } from './people-spans.js';
import type { ArabicText } from './people-arabic-text.js';

/**
 * «… ساندرو كاتاسين (سويسرا)، ويان ياب دي رويتر (هولندا)»: a guest list gives each person's country in
 * brackets (or their age: «(34 عاما)»). Two to four name words before it, the first maybe with the conjunction, are a person
 * when a given name or a transliterated word shows a name (not «مهرجان كان (فرنسا)», «مدينة ليون (فرنسا)»).
 */
export function arabicNamesBeforeCountry(s: ArabicText, found: readonly NameSpan[]): NameSpan[] {
  const { tokens } = s;
  const taken = new Set(found.flatMap((span) => Array.from({ length: span.end - span.first }, (_, k) => span.first + k)));
  const named: NameSpan[] = [];
  for (let c = 1; c < tokens.length; c += 1) {
    if (!bracketedCountry(s, c) && !statedAge(s, c)) continue;
    const end = c;
    let first = end - 1;
    while (first > end - 4 && first > 0 && s.adjacent(first - 1, first) && !taken.has(first - 1) && (s.isArabicNameToken(first - 1, 1) || PARTICLE_IN_NAME.has(tokens[first - 1]!.norm)) && !tokens[first]!.norm.startsWith('و')) first -= 1;
    if (end - first < 2 || taken.has(first) || taken.has(end - 1)) continue;
    const conjoined = /^و\S{3,}/.test(tokens[first]!.norm) && !ARABIC_GIVEN.has(tokens[first]!.norm);
    const opener = conjoined ? tokens[first]!.norm.slice(1) : tokens[first]!.norm;
    const last = tokens[end - 1]!.norm;
    if (arabicIn(AR_NAMED_AFTER, opener) || arabicIn(AR_BODIES, opener) || (opener.startsWith('ال') && !AR_NAMES_WITH_ARTICLE.has(opener))) continue;
    if (!conjoined && !s.isArabicNameToken(first, 0)) continue;
    // Or, before an age, a reporting verb, a title or a country's adjective right before («وقال … (18 عاما)», «السوري … (47 عاما)»).
    const agedAfterCue = !conjoined && statedAge(s, c) && s.cuedAt(first);
    if (!(ARABIC_GIVEN.has(opener) || AR_NAMES_WITH_ARTICLE.has(opener) || foreignShaped(opener) || foreignShaped(last, true) || agedAfterCue)) continue;
    named.push(conjoined ? { first, end, skip: 1 } : { first, end });
  }
  return named;
}

function bracketedCountry(s: ArabicText, c: number): boolean {
  const { text, tokens, coveredBy } = s;
  const country = coveredBy[c];
  if (!country?.entityId.startsWith('country:') || country.firstToken !== c || text.charAt(tokens[c]!.start - 1) !== '(') return false;
  return /^[\s\u00A0]*\($/.test(s.between(c - 1, c)) && text.charAt(tokens[country.endToken - 1]!.end) === ')';
}

/** «أحمد الجزيري (34 عاما)», «… ، 18 عاما،»: a person's age after their name. */
function statedAge(s: ArabicText, c: number): boolean {
  const { text, tokens } = s;
  if (c + 1 >= tokens.length || !/^\d{1,2}$/.test(tokens[c]!.surface) || !AGE_WORDS.has(tokens[c + 1]!.norm)) return false;
  const before = s.between(c - 1, c);
  return /^[\s\u00A0]*\($/.test(before) ? text.charAt(tokens[c + 1]!.end) === ')' : /^[\s\u00A0]*[,،][\s\u00A0]*$/.test(before) && s.commaRightAfter(c + 1);
}

/**
 * Names listed with و after a name found («… مصعب أبو قرين ومحمد كشلاف وعبد الرحمن ميلاد وإيرمياس
 * جيرماي.»): each و-segment of two or three name units closed by the next و-word, punctuation or a
 * particle is the next person, though its given name is not on the list.
 */
export function arabicConjoinedChains(s: ArabicText, found: readonly NameSpan[]): NameSpan[] {
  const { tokens } = s;
  const startsAt = new Map(found.map((span) => [span.first, span]));
  const chained: NameSpan[] = [];
  for (const span of found) {
    if (span.known || !isArabicScript(tokens[span.first]!.norm)) continue;
    let e = span.end;
    while (e + 1 < tokens.length && s.adjacent(e - 1, e)) {
      const next = startsAt.get(e);
      if (next) {
        e = next.end;
        continue;
      }
      const segment = conjoinedSegment(s, e);
      if (!segment) break;
      chained.push(segment);
      startsAt.set(e, segment);
      e = segment.end;
    }
  }
  return chained;
}

function conjoinedSegment(s: ArabicText, e: number): NameSpan | undefined {
  const { tokens, coveredBy } = s;
  const norm = tokens[e]!.norm;
  const bare = norm.slice(1);
  // «وبحضور ممثلين»: a preposition glued to a noun after the conjunction.
  if (/^ب[^اوي]/.test(bare) && !ARABIC_GIVEN.has(bare) && !foreignShaped(bare)) return undefined;
  // «وشركائه», «وزوجته»: a noun with «his» after it, not the next name of a list.
  if (tokens[e]!.surface.endsWith('ه') && bare.length >= 4 && !ARABIC_GIVEN.has(bare)) return undefined;
  if (!norm.startsWith('و') || bare.length < 2 || bare.startsWith('ال') || coveredBy[e] || !isArabicScript(norm) || arabicIn(AR_STOP, bare) || arabicIn(AR_TITLE_WORDS, bare) || arabicIn(AR_TITLES, bare)) return undefined;
  // «وتأثر بأفكاره»: a verb and a preposition before a noun with «his» after it.
  if (e + 1 < tokens.length && /^[بل]\S{3,}ه$/.test(tokens[e + 1]!.surface)) return undefined;
  const unitEnds: number[] = [];
  let n = e;
  while (unitEnds.length < 3 && n < tokens.length && (n === e || (s.adjacent(n - 1, n) && s.isArabicNameToken(n, n - e)))) {
    const unit = n === e ? bare : tokens[n]!.norm;
    const binds = n + 1 < tokens.length && s.adjacent(n, n + 1) && ((AR_CONNECTORS.has(unit) && (s.isArabicNameToken(n + 1, 1) || (unit === ABD && s.divineName(n + 1)))) || (!coveredBy[n + 1] && AR_COMPOUND_SECOND.has(tokens[n + 1]!.norm)));
    n += binds ? 2 : 1;
    unitEnds.push(n);
  }
  for (let units = 2; units <= unitEnds.length; units += 1) {
    const end = unitEnds[units - 1]!;
    if (AR_CONNECTORS.has(tokens[end - 1]!.norm)) continue;
    const closed = end >= tokens.length || !s.adjacent(end - 1, end) || s.closesName(end) || (tokens[end]!.norm.startsWith('و') && tokens[end]!.norm.length >= 3);
    if (closed) return { first: e, end, skip: 1 };
  }
  return undefined;
}

/**
 * Names listed with commas («… سميرة المانع، ميسلون هادي، عالية طالب، …»): a two-word segment
 * between commas next to a name found is the next name of the list, though nothing else cues it.
 */
export function arabicListNeighbours(s: ArabicText, found: readonly NameSpan[]): NameSpan[] {
  const { tokens, coveredBy } = s;
  const taken = new Set(found.flatMap((span) => Array.from({ length: span.end - span.first }, (_, k) => span.first + k)));
  const listed: NameSpan[] = [];
  const commaBetween = (a: number, b: number) => /^[\s\u00A0]*[,،][\s\u00A0]*$/.test(s.between(a, b));
  const closes = (last: number) => last + 1 >= tokens.length || /^[\s\u00A0]*[,،.؛:][\s\u00A0]*$/.test(s.between(last, last + 1));
  // Framed by commas, the second word may read as a verb or particle elsewhere («عالية طالب»).
  const listSurname = (i: number) => s.isArabicNameToken(i, 1) || (!coveredBy[i] && isArabicScript(tokens[i]!.norm) && tokens[i]!.norm.length >= 3 && !tokens[i]!.norm.startsWith('ال') && !arabicIn(AR_TITLE_WORDS, tokens[i]!.norm));
  const pair = (first: number) =>
    first >= 0 && first + 1 < tokens.length && !taken.has(first) && !taken.has(first + 1) && s.adjacent(first, first + 1) && s.isArabicNameToken(first, 0) && listSurname(first + 1);
  // One two-word segment after a name may be an apposition («محمد صلاح، فريقه الإنجليزي، ليفربول»); a
  // list shows itself by going on: two segments or more, or one that a further name closes.
  const startsName = (i: number) => i < tokens.length && (found.some((other) => other.first === i) || ARABIC_GIVEN_CONJOINED.has(tokens[i]!.norm) || ARABIC_GIVEN.has(tokens[i]!.norm));
  const keep = (chain: number[], closedByName: boolean) => {
    if (chain.length < 2 && !closedByName) return;
    for (const first of chain) {
      listed.push({ first, end: first + 2 });
      taken.add(first).add(first + 1);
    }
  };
  for (const span of found) {
    if (span.known || !isArabicScript(tokens[span.first]!.norm)) continue;
    const after: number[] = [];
    let first = span.end;
    for (; first + 1 < tokens.length && commaBetween(first - 1, first) && pair(first) && closes(first + 1); first += 2) after.push(first);
    keep(after, after.length > 0 && first < tokens.length && commaBetween(first - 1, first) && startsName(first));
    const before: number[] = [];
    for (first = span.first - 2; first >= 0 && commaBetween(first + 1, first + 2) && pair(first) && (first === 0 || commaBetween(first - 1, first)); first -= 2) before.push(first);
    keep(before, false);
  }
  return listed;
}
