/**
 * English and French bodies' names (see organisations-found.ts): a head noun ("Council", « Comité »)
 * with the capitalised words before it and the connected capitalised parts after it ("Riverside Refugee
 * Support Network", "Coalition for Immigrant Families"), or, after a French head that is no
 * sentence opener, its lower-case complement (« la Fédération des associations d'accueil des exilés »); a
 * capitalised or quoted run after a cue (« l'association "…" », "the nonprofit …"); a capitalised run
 * spelled out by the acronym in parentheses after it ("Lawyers for Young Newcomers (LYN)").
 */
import type { Token } from '../text/tokens.js';
import { quotedName } from './organisations-arabic.js';
import type { OrganisationSpan } from './organisations-found.js';
import {
  ACADEMIC_WORDS, ACRONYM_SKIPPABLE, FRENCH_CONNECTORS, FRENCH_LOWER_CASE_HEADS, FRENCH_LOWER_CASE_PLACE_HEADS, FRENCH_NAME_ADJECTIVES, LATIN_GENERIC, LATIN_HEADS, NAME_CONNECTORS,
  LATIN_SCOPE_WORDS, NAME_CUES, NAMED_PROCESS_WORDS, NAME_POSSESSIVES, PROCESS_WORDS, COURT_HEADS,
} from './organisation-words.js';
import { LATIN_GIVEN_NAMES } from './people-latin-words.js';
import type { CoveringSpan } from './people-spans.js';

// Capitalised with a lower-case letter ("Council", "McCarthy"), or an acronym ("UN", "ECIF").
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*$/u;
const ACRONYM = /^\p{Lu}{2,8}$/u;
const NUMBER = /^\d{1,4}$/;
const LOWER_WORD = /^\p{Ll}[\p{L}\p{M}]{2,}$/u;
// Between two words of one name: spaces, a hyphen ("Sea-Eye"), an elision ("L'Auberge", "d'Oise").
const NAME_GAP = /^(?:[ \u00A0]+|[-\u2010\u2011]|['’])$/;
const MAX_NAME_TOKENS = 12;
const MAX_LOWER_CASE_WORDS = 3;
// Capitalised words that open a sentence, not a name ("In Riverside…", « Selon la Ligue… »).
const OPENERS = new Set(`The A An In On At For But And As When While After Before If This That Its His Her Their Our Le La Les L Un Une Des Du De Au Aux Dans Pour Selon Après Avant Pendant Mais Et Cette Ce Ces Sa Son Ses Leur`.split(' '));
// Heads that are buildings when a person's name comes before them ("the John Smith Center").
const PLACE_HEADS = new Set(['Center', 'Centre', 'Hall', 'Court']);
// Lower-case words a French head follows inside a sentence (« la Fédération », « du Comité »).
const FRENCH_DETERMINERS = new Set(['l', 'la', 'le', 'du', 'de', 'des', 'au', 'aux', 'à', 'par', 'un', 'une', 'cette', 'ce']);
// French words that end a lower-case complement: verbs and pronouns that start the rest of a sentence.
const FRENCH_ENDS = new Set(['qui', 'que', 'dont', 'est', 'sont', 'a', 'ont', 'était', 'sera', 'avait', 'se', 'ne', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'on', 'plus', 'très']);
const TITLE_CASE_SHARE = 0.85;
// How many words around a cue may describe the body (« l'ONG d'aide aux migrants … »).
const CUE_DESCRIPTION_WORDS = 5;
// Lower-case words of a French body's name that say what it stands for (« Roya citoyenne », « Exilés solidaires »).
const CUE_NAME_WORDS = new Set(['solidaire', 'solidaires', 'citoyen', 'citoyenne', 'citoyens', 'citoyennes', 'ouverte', 'ouvertes', 'fraternité']);
const PLACE_PREPOSITIONS = new Set(['en', 'in', 'à', 'au', 'aux', 'at', 'near', 'from', 'off', 'dans', 'de', 'du', 'des', 'd', 'sur', 'of']);

export function createLatinOrganisationFinder(text: string, tokens: readonly Token[], coveredBy: ReadonlyArray<CoveringSpan | undefined>): (t: number) => OrganisationSpan | undefined {
  let lastEnd = 0;
  const titleCaseLines = new Map<number, boolean>();
  const surface = (i: number) => tokens[i]?.surface ?? '';
  const joined = (a: number, b: number) => b < tokens.length && NAME_GAP.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  // A country or a theme may sit inside a body's name ("Spanish Maritime Rescue", "Ministry of Migration").
  const freeOrPart = (i: number) => !coveredBy[i] || /^(?:country|theme):/.test(coveredBy[i]!.entityId);
  const capitalisedWord = (i: number) => i < tokens.length && freeOrPart(i) && (CAPITALISED.test(surface(i)) || ACRONYM.test(surface(i)));
  // The possessive inside a name ("Women's Refugee Commission", "Children's Law Center"): the "s" after
  // the apostrophe belongs to the word before it. A place's possessive ("Denver's Office of …") says
  // whose the body is, and is no part of its name.
  const possessive = (i: number) => i > 0 && surface(i) === 's' && /^['’]$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) && NAME_POSSESSIVES.has(surface(i - 1));

  return (t) => {
    const s = surface(t);
    const code = s.charCodeAt(0);
    const lower = code >= 97 && code <= 122;
    if (lower && !NAME_CUES.has(s) && !FRENCH_LOWER_CASE_PLACE_HEADS.has(s)) return undefined;
    let span: OrganisationSpan | undefined;
    if (NAME_CUES.has(s)) span = afterCue(t);
    else if (lower) span = placeHead(t);
    else if (LATIN_HEADS.has(s)) span = aroundHead(t);
    else if (NAMED_PROCESS_WORDS.has(s)) span = namedProcess(t);
    else if (ACRONYM.test(s)) span = spelledOut(t);
    if (span && !inTitleCaseLine(span.first)) {
      lastEnd = Math.max(span.end, (span.acronym ?? -1) + 1);
      return span;
    }
    return undefined;
  };

  /** The capitalised words, numbers and connected parts from `first` on ("Solidarité Exilés 56", "Office for … Review"). */
  function capitalisedRun(first: number): number {
    let end = first + 1;
    while (end < tokens.length && end - first < MAX_NAME_TOKENS) {
      // A theme's wording inside a name is part of it whole, small words and all ("National Agency for
      // the Prohibition of Trafficking in Persons"): "in" alone would end the name.
      const theme = coveredBy[end - 1]?.entityId.startsWith('theme:') ? coveredBy[end - 1]!.endToken : end;
      if (theme > end && tokens[theme - 1] && capitalisedWord(theme - 1)) {
        end = theme;
        continue;
      }
      if (joined(end - 1, end) && (capitalisedWord(end) || NUMBER.test(surface(end)) || (possessive(end) && capitalisedWord(end + 1)))) {
        end += 1;
        continue;
      }
      const next = connectedPart(end);
      if (next === undefined || !(capitalisedWord(next) || seaName(next))) break;
      end = next + 1;
    }
    return end;
  }

  /** « mer du Nord », « mer Égée »: a sea's name starts in lower case in French (« la préfecture maritime de la Manche et de la mer du Nord »). */
  function seaName(i: number): boolean {
    if (surface(i) !== 'mer' || !joined(i, i + 1)) return false;
    return capitalisedWord(i + 1) || (NAME_CONNECTORS.has(surface(i + 1)) && joined(i + 1, i + 2) && capitalisedWord(i + 2));
  }

  /** Where the next part starts after connectors ("of the", « de la »), or undefined when none. */
  function connectedPart(end: number): number | undefined {
    let j = end;
    while (j < tokens.length && joined(j - 1, j) && NAME_CONNECTORS.has(surface(j)) && !coveredBy[j]) j += 1;
    if (j === end || j >= tokens.length || !joined(j - 1, j)) return undefined;
    // "… Department of Justice and the Department of …" is two bodies, not one.
    if (surface(end) === 'and' && (j - end > 1 || LATIN_HEADS.has(surface(j)))) return undefined;
    return j;
  }

  function aroundHead(head: number): OrganisationSpan | undefined {
    let first = head;
    for (;;) {
      if (first - 1 >= lastEnd && joined(first - 1, first) && capitalisedWord(first - 1)) first = coveredBy[first - 1]?.firstToken ?? first - 1;
      else if (first - 2 >= lastEnd && joined(first - 1, first) && possessive(first - 1)) first -= 2;
      // "Immigrant and Refugee Advocacy Coalition": one name, unless a head before "and" ends another body.
      else if (first - 2 >= lastEnd && surface(first - 1) === 'and' && joined(first - 2, first - 1) && joined(first - 1, first) && capitalisedWord(first - 2) && !LATIN_HEADS.has(surface(first - 2))) first -= 2;
      else break;
    }
    while (first < head && OPENERS.has(surface(first))) first += 1;
    // A person's name before the head: "the John Smith Center" is a building, a person's aide is no body.
    if (first > 0 && coveredBy[first - 1]?.entityId.startsWith('person:') && joined(first - 1, first)) return undefined;
    if (PLACE_HEADS.has(surface(head)) && first < head && LATIN_GIVEN_NAMES.has(surface(first))) return undefined;
    // "the University of Texas Refugee Research Center": a university's centre (see ACADEMIC_WORDS).
    if (first >= 2 && NAME_CONNECTORS.has(surface(first - 1)) && ACADEMIC_WORDS.has(surface(first - 2))) return undefined;
    // After the head the name goes on only through a connector ("Office for …", « Ligue des … »): a
    // capitalised word right after it starts something else ("… Committee Chairman", "… Court Judge").
    let end = head + 1;
    // "… Legal Services Program", "… Refugee Relief Act": a programme or a law named after a body's words.
    if (joined(head, end) && PROCESS_WORDS.has(surface(end))) return undefined;
    const part = connectedPart(end);
    if (part !== undefined && capitalisedWord(part)) end = capitalisedRun(part);
    // "… Tenants Union and Refugee Legal Coalition": a head on each side of "and" makes two bodies
    // ("Department of Health and Human Services" is one).
    for (let i = head + 1; i < end; i += 1) {
      if (surface(i) === 'and' && LATIN_HEADS.has(surface(i - 1)) && afterAndIsABody(i + 1, end)) {
        end = i;
        break;
      }
    }
    let ownLowerCase = 0;
    // « le Haut Conseil à l'intégration »: the determiner may come before the capitalised words before the head.
    if (end === head + 1 && FRENCH_LOWER_CASE_HEADS.has(surface(head)) && first > 0 && FRENCH_DETERMINERS.has(surface(first - 1).toLowerCase())) {
      [end, ownLowerCase] = frenchComplement(head + 1);
    }
    while (end > head + 1 && NAME_CONNECTORS.has(surface(end - 1))) end -= 1;
    if (!isProperName(first, end, ownLowerCase, countryPossessive(first))) return undefined;
    return withAcronym(courtOrNot(head, { first, end }));
  }

  /** "the Secure the Border Act", "Refugee Admissions Program": the capitalised words before the last word. */
  function namedProcess(last: number): OrganisationSpan | undefined {
    let first = last;
    for (;;) {
      if (first - 1 >= lastEnd && joined(first - 1, first) && capitalisedWord(first - 1)) first -= 1;
      // A connector inside the name ("Secure the Border Act", "Immigration and Nationality Act").
      else if (first - 2 >= lastEnd && NAME_CONNECTORS.has(surface(first - 1)) && joined(first - 2, first - 1) && joined(first - 1, first) && capitalisedWord(first - 2)) first -= 2;
      else break;
    }
    while (first < last && OPENERS.has(surface(first))) first += 1;
    if (first === last) return undefined;
    for (let i = first; i < last; i += 1) if (coveredBy[i] && !/^(?:country|theme):/.test(coveredBy[i]!.entityId)) return undefined;
    return withAcronym({ first, end: last + 1, process: true });
  }

  function afterAndIsABody(from: number, end: number): boolean {
    for (let i = from; i < end; i += 1) if (LATIN_HEADS.has(surface(i))) return true;
    return false;
  }

  /**
   * « la préfecture du Nord », « la préfecture maritime de la Manche », « le tribunal administratif de
   * Lille », « la cour d'appel de Douai »: a lower-case head after a determiner, with its complement,
   * named by the capitalised place that ends it.
   */
  function placeHead(head: number): OrganisationSpan | undefined {
    if (head === 0 || !FRENCH_DETERMINERS.has(surface(head - 1).toLowerCase())) return undefined;
    const [end, words] = frenchComplement(head + 1);
    // « le service d'asile grec »: a country's adjective names the body as a place does.
    if (end === head + 1 || !(capitalisedWord(end - 1) || coveredBy[end - 1]?.entityId.startsWith('country:'))) return undefined;
    // The head and its complement are the name's own words though they are not capitalised.
    return isProperName(head, end, 1 + words) ? withAcronym(courtOrNot(head, { first: head, end })) : undefined;
  }

  /** A court is a body the desk follows when it rules on migration: the words around it must say so (organisations-found.ts). */
  function courtOrNot(head: number, span: OrganisationSpan): OrganisationSpan {
    return COURT_HEADS.has(surface(head).toLowerCase()) ? { ...span, contextual: true } : span;
  }

  /** « des associations d'accueil des exilés », « administratif de Cergy-Pontoise »: lower-case words joined by connectors. */
  function frenchComplement(from: number): [number, number] {
    let end = from;
    let words = 0;
    while (end < tokens.length && joined(end - 1, end) && frenchAdjective(end)) {
      end = adjectiveEnd(end);
      words += 1;
    }
    while (words < MAX_LOWER_CASE_WORDS) {
      let j = end;
      while (j < tokens.length && joined(j - 1, j) && FRENCH_CONNECTORS.has(surface(j))) j += 1;
      if (j === end || j >= tokens.length || !joined(j - 1, j)) break;
      if (capitalisedWord(j) || seaName(j)) return [capitalisedRun(j), words + 1];
      // What the body works on may be a theme's wording (« d'accueil des exilés »): part of the name.
      const theme = coveredBy[j]?.entityId.startsWith('theme:') ? coveredBy[j]!.endToken : undefined;
      if (!LOWER_WORD.test(surface(j)) || FRENCH_ENDS.has(surface(j)) || (coveredBy[j] && theme === undefined)) break;
      end = theme ?? j + 1;
      words += 1;
      // « des migrations internationales »: an adjective after a complement word is part of it.
      while (end < tokens.length && joined(end - 1, end) && frenchAdjective(end)) end = adjectiveEnd(end);
    }
    return [end, words];
  }

  /** « administratif », « maritime », or a country's adjective in lower case (« le Conseil italien pour les réfugiés »). */
  function frenchAdjective(i: number): boolean {
    return FRENCH_NAME_ADJECTIVES.has(surface(i)) || lowerCaseCountry(i);
  }

  function lowerCaseCountry(i: number): boolean {
    return coveredBy[i]?.entityId.startsWith('country:') === true && coveredBy[i]!.firstToken === i && /^\p{Ll}/u.test(surface(i));
  }

  function adjectiveEnd(i: number): number {
    return lowerCaseCountry(i) ? coveredBy[i]!.endToken : i + 1;
  }

  /**
   * « l'association Solidarité Exilés 56 », "the nonprofit Refugee Legal Aid": the run after the cue. A quoted
   * name (« l'association "Nuovi Cittadini" ») is a body's own whatever it says; an
   * unquoted one, like any other, must say what it works on (organisations-found.ts).
   */
  function afterCue(cue: number): OrganisationSpan | undefined {
    const quoted = quotedName(text, tokens, cue);
    if (quoted !== undefined && capitalisedWord(cue + 1)) return { first: cue + 1, end: quoted, cued: true };
    // « l'ONG d'aide aux migrants Asisti », "the refugee charity Safe Passage": the words around the cue
    // say what the body works on, so its name need not.
    let described = scopeWordIn(cue - CUE_DESCRIPTION_WORDS, cue);
    let first = cue + 1;
    let nationality = true;
    while (first < tokens.length && first - cue <= CUE_DESCRIPTION_WORDS && freeOrPart(first) && /^\p{Ll}/u.test(surface(first)) && gapIsSpace(first - 1, first)) {
      described ||= scopeWordIn(first, first + 1);
      nationality &&= lowerCaseCountry(first) || coveredBy[first]?.entityId.startsWith('country:') === true;
      first += 1;
    }
    // A capitalised word after « en », « de », "in" is where the body works (« … en Méditerranée »), not its name;
    // a nationality between the cue and the name (« l'ONG allemande Sea Rescue ») says nothing about it.
    if (!(described || nationality) || PLACE_PREPOSITIONS.has(surface(first - 1))) first = cue + 1;
    if (!gapIsSpace(first - 1, first) || !capitalisedWord(first)) return undefined;
    const end = lowerCaseTail(capitalisedRun(first));
    for (let i = first; i < end; i += 1) if (coveredBy[i] && !coveredBy[i]!.entityId.startsWith('theme:')) return undefined;
    if (end - first === 1 && !ACRONYM.test(surface(first)) && LATIN_GIVEN_NAMES.has(surface(first))) return undefined;
    return withAcronym(described ? { first, end, cued: true } : { first, end });
  }

  /**
   * French capitalises a name's first word only: after a cue, lower-case words saying what the body
   * works on or stands for go on with the name (« le collectif Tous migrants », « l'association Solidarité
   * migrants Wilson », « le collectif Exilés solidaires »), and so do capitalised words after them.
   */
  function lowerCaseTail(end: number): number {
    let tail = end;
    while (tail - end < MAX_LOWER_CASE_WORDS && tail < tokens.length && gapIsSpace(tail - 1, tail) && /^\p{Ll}/u.test(surface(tail)) && (!coveredBy[tail] || coveredBy[tail]!.entityId.startsWith('theme:')) && (LATIN_SCOPE_WORDS.has(tokens[tail]!.norm) || CUE_NAME_WORDS.has(surface(tail)))) {
      tail += 1;
      if (capitalisedWord(tail) && gapIsSpace(tail - 1, tail)) tail = capitalisedRun(tail);
    }
    return tail;
  }

  /** Whether a word of tokens from..end-1 says what the desk follows (migration, refugees, rescue…). */
  function scopeWordIn(from: number, end: number): boolean {
    for (let i = Math.max(0, from); i < end; i += 1) if (LATIN_SCOPE_WORDS.has(tokens[i]!.norm)) return true;
    return false;
  }

  /** Words of one phrase: a space or an elision between them, no punctuation ("d'aide", "aux migrants"). */
  function gapIsSpace(a: number, b: number): boolean {
    return b < tokens.length && /^(?:[ \u00A0]+|['’])$/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  }

  /** "Lawyers for Young Newcomers (LYN)": a capitalised run whose initials the acronym after it spells. */
  function spelledOut(acronym: number): OrganisationSpan | undefined {
    if (acronym === 0 || !/^[ \u00A0]*\($/.test(text.slice(tokens[acronym - 1]!.end, tokens[acronym]!.start)) || text.charAt(tokens[acronym]!.end) !== ')') return undefined;
    const letters = surface(acronym).toLowerCase();
    for (let first = Math.max(lastEnd, acronym - MAX_NAME_TOKENS); first < acronym - 1; first += 1) {
      if (!capitalisedWord(first) || OPENERS.has(surface(first))) continue;
      let ok = true;
      for (let i = first; i < acronym - 1 && ok; i += 1) ok = joined(i, i + 1) && (capitalisedWord(i + 1) || ACRONYM_SKIPPABLE.has(surface(i + 1)));
      if (!ok || !spells(first, acronym, letters)) continue;
      for (let i = first; i < acronym; i += 1) if (coveredBy[i] && !/^(?:country|theme):/.test(coveredBy[i]!.entityId)) return undefined;
      return PROCESS_WORDS.has(surface(acronym - 1)) ? undefined : { first, end: acronym, acronym };
    }
    return undefined;
  }

  /** Whether the words first..end-1 spell `letters`: every capitalised word gives its initial, connectors may. */
  function spells(first: number, end: number, letters: string): boolean {
    const from = (i: number, k: number): boolean => {
      if (i === end) return k === letters.length;
      const word = surface(i);
      const initial = word.charAt(0).toLowerCase();
      if (ACRONYM_SKIPPABLE.has(word) && from(i + 1, k)) return true;
      return k < letters.length && initial === letters.charAt(k) && from(i + 1, k + 1);
    };
    return from(first, 0);
  }

  function withAcronym(span: OrganisationSpan): OrganisationSpan {
    const next = span.end;
    if (next < tokens.length && ACRONYM.test(surface(next)) && !coveredBy[next] && /^[ \u00A0]*\($/.test(text.slice(tokens[next - 1]!.end, tokens[next]!.start)) && text.charAt(tokens[next]!.end) === ')') {
      return { ...span, acronym: next };
    }
    return span;
  }

  /**
   * A full proper name: two capitalised words at least (or a French head with a complement of its own),
   * one of them not generic unless a country says whose body it is ("Spanish Interior Ministry").
   */
  function isProperName(first: number, end: number, ownLowerCase: number, owner = false): boolean {
    let capitalised = 0;
    let own = ownLowerCase;
    let country = owner;
    for (let i = first; i < end; i += 1) {
      const covering = coveredBy[i];
      if (covering && !/^(?:country|theme):/.test(covering.entityId)) return false;
      if (covering?.entityId.startsWith('country:')) country = true;
      const word = surface(i);
      if (ACADEMIC_WORDS.has(word)) return false;
      if (NAME_CONNECTORS.has(word) || !/^\p{Lu}/u.test(word)) continue;
      capitalised += 1;
      if (!LATIN_GENERIC.has(word) && !covering) own += 1;
    }
    return capitalised + ownLowerCase >= 2 && (own > 0 || country) && !PROCESS_WORDS.has(surface(end - 1));
  }

  /**
   * "Kenya's Department of Refugee Services": a country's possessive right before a name says whose
   * body it is, as a country inside the name does ("Spanish Interior Ministry"); the national bodies a
   * template knows ("Italy's interior ministry") are the gazetteer's and never reach here.
   */
  function countryPossessive(first: number): boolean {
    if (first < 2 || surface(first - 1) !== 's' || !/^['’]$/.test(text.slice(tokens[first - 2]!.end, tokens[first - 1]!.start))) return false;
    return coveredBy[first - 2]?.entityId.startsWith('country:') === true && joined(first - 1, first);
  }

  /** A headline in title case ("Trump Administration Asks Court…") capitalises every word: no evidence there. */
  function inTitleCaseLine(t: number): boolean {
    const lineStart = text.lastIndexOf('\n', tokens[t]!.start) + 1;
    let verdict = titleCaseLines.get(lineStart);
    if (verdict === undefined) {
      const lineEnd = text.indexOf('\n', tokens[t]!.start);
      const words = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).match(/\p{L}{4,}/gu) ?? [];
      const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
      verdict = words.length >= 3 && capitalised / words.length >= TITLE_CASE_SHARE;
      titleCaseLines.set(lineStart, verdict);
    }
    return verdict;
  }
}
