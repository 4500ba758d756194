/**
 * An Arabic body's name from its head noun: Arabic has no capitals, so the name is the idafa chain and
 * the adjectives after the head — definite words («المرصد المغاربي للهجرة», «اللجنة الوطنية للاجئين
 * والمهاجرين»), a noun opening an idafa, bare or after «ل» («جمعية الأمل لإغاثة اللاجئين», «دائرة شؤون
 * اللاجئين»), a country's nisba («الليبية»), a theme's wording («للاجئين»), or a quoted name —
 * ending at punctuation, a particle, a time word or anything indefinite (a verb, a noun that starts
 * the rest of the sentence). Two words at least must follow the head, one of them its own (not generic
 * like «الداخلية», «النواب», nor a nisba): «اللجنة» or «وزارة الداخلية الإسبانية» alone is no name.
 */
import type { Token } from '../text/tokens.js';
import { aliasKey } from '../text/tokens.js';
import type { OrganisationSpan } from './organisations-found.js';
import { ARABIC_GENERIC, ARABIC_STOP } from './organisation-words.js';
import type { CoveringSpan } from './people-spans.js';

const MAX_NAME_WORDS = 6;
const MAX_QUOTED_WORDS = 10;
const OPENING_QUOTE = /^[ \u00A0]*["«“]$/;
const CLOSING_QUOTE = /^["»”]/;

/**
 * A name in quotation marks right after its head («رابطة "بيت المهاجرين"», « l'association
 * "Nuovi Cittadini" »): the quoted words up to the closing mark, which say it is a name.
 */
export function quotedName(text: string, tokens: readonly Token[], head: number): number | undefined {
  if (head + 1 >= tokens.length || !OPENING_QUOTE.test(text.slice(tokens[head]!.end, tokens[head + 1]!.start))) return undefined;
  for (let n = head + 1; n < tokens.length && n - head <= MAX_QUOTED_WORDS; n += 1) {
    const after = text.slice(tokens[n]!.end, tokens[n]!.end + 1);
    if (CLOSING_QUOTE.test(after)) return n + 1;
    if (n + 1 < tokens.length && /[.,،؛:!?()\n]/.test(text.slice(tokens[n]!.end, tokens[n + 1]!.start))) return undefined;
  }
  return undefined;
}
// «المرصد», «والسنة», «للهجرة»: a definite word, with a conjunction or the preposition ل fused.
const DEFINITE = /^(?:[وف]?ال|[وف]?لل)/;
// Indefinite nouns that open an idafa inside a name, bare or after ل («دائرة شؤون اللاجئين», «جمعية الأمل
// لإغاثة اللاجئين»); other indefinite words after a head are most often the verb or the purpose that
// follows the name («… لإجراء المقابلة»).
const CONSTRUCT_NOUNS = new Set('شوون حقوق دعم رعايه اغاثه حمايه مكافحه تنميه خدمه خدمات'.split(' '));
const WITH_CONJUNCTION = /^[وف](?=ال)/;
const DEFINITE_HEAD = /^[وف]?(?:[بلك]?ال|لل)/;
const WITH_LAM = /^لل/;

export function findArabicOrganisation(text: string, tokens: readonly Token[], coveredBy: ReadonlyArray<CoveringSpan | undefined>, head: number): OrganisationSpan | undefined {
  const adjacent = (a: number, b: number) => /^[ \u00A0]+$/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  // «وزارة» after a title («رئيس جمعية …») is fine; after a conjunction or preposition too («ولجنة»),
  // but then the clitic is not part of the name.
  // A name quoted after its head is the name whole («رابطة "بيت المهاجرين في المدينة"»); it still has
  // to say what it works on («وكالة "فرانس برس"» is a news agency).
  // A definite head refers back to a body already named («المفوضية "…"»): the quotation after it is
  // what that body said, not a name.
  const quoted = DEFINITE_HEAD.test(tokens[head]!.norm) ? undefined : quotedName(text, tokens, head);
  if (quoted !== undefined) {
    for (let i = head + 1; i < quoted; i += 1) if (coveredBy[i] && !/^(?:country|theme):/.test(coveredBy[i]!.entityId)) return undefined;
    return { first: head, end: quoted };
  }
  let n = head + 1;
  let own = 0;
  let taken = 0;
  while (n < tokens.length && taken < MAX_NAME_WORDS && adjacent(n - 1, n)) {
    const covering = coveredBy[n];
    if (covering) {
      // A country's nisba or name belongs to a national body's name («السوري», «الأردنية»), a theme's
      // wording to what it works on («للاجئين»); anything else known (an organisation, a person) means
      // this is not a new body's name.
      if (covering.entityId.startsWith('theme:')) own += 1;
      else if (!covering.entityId.startsWith('country:')) return undefined;
      n = covering.endToken;
      taken += 1;
      continue;
    }
    const norm = tokens[n]!.norm;
    if (ARABIC_STOP.has(norm) || ARABIC_STOP.has(norm.replace(/^و/, '')) || /\d/.test(norm)) break;
    if (DEFINITE.test(norm)) {
      if (!ARABIC_GENERIC.has(aliasKey(norm.replace(WITH_CONJUNCTION, '').replace(WITH_LAM, 'ال')))) own += 1;
      n += 1;
    } else if ((CONSTRUCT_NOUNS.has(norm) || (norm.startsWith('ل') && CONSTRUCT_NOUNS.has(norm.slice(1)))) && n + 1 < tokens.length && adjacent(n, n + 1) && (DEFINITE.test(tokens[n + 1]!.norm) || coveredBy[n + 1]?.entityId.startsWith('theme:'))) {
      own += 1;
      n += 1;
    } else break;
    taken += 1;
  }
  // A name that ends on «ل…» lost the word it was bound to: drop it.
  if (taken < 2 || own === 0) return undefined;
  return { first: head, end: n };
}

// «غير الحكومية», «غير حكومية», «غير الربحية»: what says the words before it are an NGO's own name.
const NON_GOVERNMENTAL = new Set(['الحكوميه', 'حكوميه', 'الربحيه', 'ربحيه']);
const MAX_NGO_NAME_WORDS = 5;

/**
 * «منظمة جوجند ريتيت غير الحكومية»: a name the finder cannot read by its shape (a transliteration, no
 * article) between an indefinite head and «غير الحكومية». Returns where the name ends.
 */
export function beforeNonGovernmental(text: string, tokens: readonly Token[], coveredBy: ReadonlyArray<CoveringSpan | undefined>, head: number): number | undefined {
  if (DEFINITE_HEAD.test(tokens[head]!.norm)) return undefined;
  for (let n = head + 1; n < tokens.length && n - head <= MAX_NGO_NAME_WORDS + 1; n += 1) {
    if (!/^[ \u00A0]+$/.test(text.slice(tokens[n - 1]!.end, tokens[n]!.start))) return undefined;
    const norm = tokens[n]!.norm;
    if (norm === 'غير') return n > head + 1 && nonGovernmentalAt(n) ? n : undefined;
    // «منظمة يوغند ريتيت الألمانية غير الحكومية»: the country's nisba after the name says where it is from.
    const country = coveredBy[n]?.entityId.startsWith('country:') ? coveredBy[n]!.endToken : undefined;
    if (country !== undefined && n > head + 1 && country < tokens.length && tokens[country]!.norm === 'غير' && nonGovernmentalAt(country)) return n;
    // A known name, a country's nisba («إسبانية»), an article or a particle: not a name of its own.
    if (coveredBy[n] || DEFINITE.test(norm) || ARABIC_STOP.has(norm) || /\d/.test(norm)) return undefined;
  }
  return undefined;

  function nonGovernmentalAt(n: number): boolean {
    return n + 1 < tokens.length && NON_GOVERNMENTAL.has(tokens[n + 1]!.norm);
  }
}

