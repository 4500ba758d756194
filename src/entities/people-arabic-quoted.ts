/** Arabic names set off in quotation marks, as the press often writes foreign names («"لويجي دي مايو"»). */
import { arabicIn } from './people-arabic-keys.js';
import { ARABIC_GIVEN, AR_QUOTED_NAMES_OF, AR_WORD_NAMES, PARTICLE_IN_NAME, QUOTE_CLOSE, QUOTE_OPEN, SPOKEN_FOR } from './people-arabic-words.js';
import { foreignShaped, isArabicTitleHead } from './people-arabic-shapes.js';
import type { NameSpan } from './people-spans.js';
import type { ArabicText } from './people-arabic-text.js';

/**
 * A name in quotation marks, as Arabic news often sets off foreign names («الممثل "بيبي غريللو"», «تم انتخاب
 * "لويجي دي مايو"»): two or three name words filling the quotes, opened by a listed given name or all
 * shaped like a transliterated name, or right after a title. Quoted film titles and slogans («"البائع
 * المتجول"», «"خمس نجوم"») open on no given name and carry the article or Arabic endings.
 */
export function arabicQuotedName(s: ArabicText, t: number): NameSpan | undefined {
  const { text, tokens } = s;
  // Runs on every word: most are one space after the word before, which is no quotation mark.
  if (t === 0 || tokens[t]!.start - tokens[t - 1]!.end === 1 || !QUOTE_OPEN.test(s.between(t - 1, t)) || (arabicIn(AR_QUOTED_NAMES_OF, tokens[t - 1]!.norm) && !spokesmanFor(s, t - 1))) return undefined;
  let end = t + 1;
  while (end < tokens.length && end - t < 4 && s.adjacent(end - 1, end)) end += 1;
  const length = end - t;
  if (length < 2 || length > 3 || (end < tokens.length ? !QUOTE_CLOSE.test(s.between(end - 1, end)) : !QUOTE_CLOSE.test(text.slice(tokens[end - 1]!.end)))) return undefined;
  for (let i = t; i < end; i += 1) if (!s.isArabicNameToken(i, i - t) && !(i > t && PARTICLE_IN_NAME.has(tokens[i]!.norm))) return undefined;
  const first = tokens[t]!.norm;
  const given = ARABIC_GIVEN.has(first) && !AR_WORD_NAMES.has(first);
  const foreign = foreignShaped(first) && foreignShaped(tokens[end - 1]!.norm, true);
  // «الممثل "…"», «الممثل الكوميدي "…"»: a title, or a title and its adjective, right before the quotes.
  const titled = isArabicTitleHead(tokens[t - 1]!.norm) || (t >= 2 && s.nisbaAdjective(t - 1, true) && isArabicTitleHead(tokens[t - 2]!.norm) && s.adjacent(t - 2, t - 1)) || spokesmanFor(s, t - 1);
  // A word with the article or the feminine ending («"ساكنة محتجزة"») is a phrase, not a name.
  const wordLike = (i: number) => tokens[i]!.norm.startsWith('ال') || tokens[i]!.surface.endsWith('ة');
  const plain = !wordLike(t) && !wordLike(end - 1) && (titled || ARABIC_GIVEN.has(first));
  return given || foreign || plain ? { first: t, end } : undefined;
}

/** «المتحدث باسم الوكالة "…"»: the word before the quotes ends a spokesman's title. */
export function spokesmanFor(s: ArabicText, i: number): boolean {
  const { tokens } = s;
  return i >= 2 && tokens[i - 1]!.norm === SPOKEN_FOR && s.adjacent(i - 1, i) && s.adjacent(i - 2, i - 1) && isArabicTitleHead(tokens[i - 2]!.norm);
}
