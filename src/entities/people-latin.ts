/**
 * People in English and French text. A run of two to four capitalised words is a name when something
 * says so — a given name the press uses, a title or role before it ("Interior Minister", "Sudanese
 * activist", « le ministre de l'Intérieur »), a reporting verb around it ("…, said Jane Doe", « selon
 * Jean Moreau », "Jane Doe told…"), or a role in apposition ("Jane Doe, a spokeswoman for…") — and no
 * word in it makes it an organisation or a place ("Human Rights Watch said", "Ocean Viking, a ship").
 * A bare surname is a person after a personal title ("Mr Salvini", « M. Darmanin »).
 */
import type { Token } from '../text/tokens.js';
import {
  APPOSITION_OPENERS, CAPITAL_PARTICLES, LATIN_GIVEN_NAMES, NAME_PARTICLES, NOT_NAME_STOP, NOT_NAME_WORDS,
  REPORTING_AFTER, REPORTING_BEFORE, ROLE_WORDS, SURNAME_TITLES, TITLE_WORDS, TITLES,
} from './people-latin-words.js';
import type { CoveringSpan, NameSpan } from './people-spans.js';

// Capitalised with at least one lower-case letter: names, including "McCarthy", but not acronyms.
const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'’]*\p{Ll}[\p{L}\p{M}'’]*$/u;
const TITLE_CASE_SHARE = 0.85;
const FUNCTION_WORDS = new Set(['the', 'and', 'of', 'in', 'to', 'for', 'with', 'on', 'at', 'a', 'an', 'from', 'by', 'as', 'is', 'was', 'said', 'says', 'le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'un', 'une', 'pour', 'sur']);
const MAX_NAME_TOKENS = 4;
// Titles of several people before their surnames ("Judges Chutkan and Mehta", « MM. Darmanin et Attal »).
const PLURAL_TITLES = new Set('Judges Senators Sens Reps Representatives Presidents Ministers Governors Mayors Commissioners Ambassadors Drs Messrs MM Mmes Ministres Présidents Sénateurs Députés Juges'.split(' '));
const LIST_JOINERS = new Set(['and', 'et', '&']);
// A party's or body's acronym inside a title (« le député RN … », "the UNHCR envoy …").
const ACRONYM = /^\p{Lu}{2,6}$/u;
const ARTICLES = new Set(['the', 'The', 'le', 'Le', 'la', 'La', 'les', 'Les', 'des', 'du', 'au', 'aux']);
const CREDIT_WORDS = new Set(['Photo', 'photo', 'Photos', 'photos', 'Credit', 'credit', 'Photograph', 'Image', 'Images', 'Crédit', 'crédit', 'Illustration']);
const SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'son', 'sa', 'ses', 'leur', 'notre', 'His', 'Her', 'Their', 'Its', 'My', 'Our', 'Son', 'Sa', 'Ses', 'Leur', 'Notre']);
// Nouns for the people in someone's life, after which a name set off by commas is theirs.
const RELATIONS = new Set(
  `father mother son daughter brother sister wife husband nephew niece uncle aunt cousin grandson granddaughter
  grandfather grandmother landlord landlady lawyer attorney friend partner boss employer neighbour neighbor
  colleague fiancé fiancée widow widower child
  père mère fils fille frère sœur soeur femme mari épouse époux neveu nièce oncle tante cousin cousine avocat
  avocate ami amie voisin voisine compagnon compagne veuve patron employeur`.split(/\s+/).filter(Boolean),
);
const INVERTED_REPORTING = new Set(
  'said says assure assure-t-il estime juge affirme déclare explique souligne ajoute indique précise dénonce insiste martèle tranche'.split(' '),
);
// News agencies and outlets that "say" things after a quote.
const SOURCES = new Set('Reuters Bloomberg Xinhua Anadolu ANSA Belga EFE Interfax Tass TASS Sputnik Libération Mediapart Politico Axios'.split(' '));
const IDENTIFIED = new Set(['identified', 'named', 'known', 'identifié', 'identifiée', 'nommé', 'nommée']);
const AUTHOR_ROLES = new Set(['reporter', 'correspondent', 'writer', 'editor', 'contributor', 'journaliste', 'correspondant', 'correspondante', 'rédacteur', 'rédactrice']);

export function createLatinNameFinder(text: string, tokens: readonly Token[], coveredBy: ReadonlyArray<CoveringSpan | undefined>): (t: number) => NameSpan | undefined {
  const titleCaseByLine = new Map<number, boolean>();
  let lineStart = 0;
  let lineEnd = -1;
  let lineVerdict: boolean | undefined;
  const gap = (a: number, b: number) => text.slice(tokens[a]!.end, tokens[b]!.start);
  const spaced = (a: number, b: number) => {
    const from = tokens[a]!.end;
    // One space is the usual gap: checked without slicing the text.
    if (tokens[b]!.start - from === 1) return /[\s\u00A0]/.test(text.charAt(from));
    return /^[\s\u00A0]+$/.test(gap(a, b));
  };
  const hyphenated = (a: number, b: number) => /^[-\u2010\u2011]$/.test(gap(a, b));
  const surface = (i: number) => tokens[i]?.surface ?? '';
  const coveredBySurname = (i: number) => coveredBy[i]?.entityId.startsWith('person:') === true && coveredBy[i]!.firstToken === i && coveredBy[i]!.endToken === i + 1;
  const coveredByCountry = (i: number) => coveredBy[i]?.entityId.startsWith('country:') === true && coveredBy[i]!.endToken === i + 1;

  return (t) => {
    const s = surface(t);
    // Most words start in lower case: only a role can matter then (one lookup, no regular expression).
    const first = s.charCodeAt(0);
    if (first >= 97 && first <= 122 && !ROLE_WORDS.has(s)) return undefined;
    if (PLURAL_TITLES.has(s)) return surnameAfterPluralTitle(t);
    const title = TITLES.has(s) || ROLE_WORDS.has(s);
    // Most words are lower case and no title: nothing to look at (checked first, it is the common case).
    if (!title && !NAME_TOKEN.test(s)) return undefined;
    if (inTitleCaseLine(t)) return undefined;
    return title ? nameAfterTitle(t) : nameByContext(t);
  };

  /**
   * Where a title opens: the capitalised office words before its head belong to it ("Interior
   * Minister", "Deputy Prime Minister"), so the role reads as written, not as a bare "Minister".
   */
  function titleOpening(t: number): number {
    let start = t;
    while (start > 0 && !coveredBy[start - 1] && /^\p{Lu}/u.test(surface(start - 1)) && TITLE_WORDS.has(surface(start - 1)) && titleGap(start - 1, start)) start -= 1;
    return start;
  }

  /** "Interior Minister Paolo Rinaldi", « le ministre de l'Intérieur Gérald Darmanin », "Mr Salvini". */
  function nameAfterTitle(title: number): NameSpan | undefined {
    const t = titleOpening(title);
    let n = title + 1;
    // Title words, and the country or organisation a title names (« ministre italien de l'Intérieur »).
    while (n < tokens.length && (titleGap(n - 1, n) || elided(n - 1, n))) {
      const covering = coveredBy[n];
      if (covering && !covering.entityId.startsWith('person:') && !startsName(n)) n = covering.endToken;
      else if (TITLE_WORDS.has(surface(n)) || TITLES.has(surface(n)) || ACRONYM.test(surface(n))) n += 1;
      else break;
    }
    if (n >= tokens.length || !titleGap(n - 1, n)) return undefined;
    // A person the matcher knows ("Interior Minister Matteo Salvini"): only the title is new.
    const known = coveredBy[n];
    if (known?.entityId.startsWith('person:')) return { first: known.firstToken, end: known.endToken, titleStart: t, known: known.entityId };
    const run = nameRun(n);
    if (!run) return undefined;
    const real = run.real;
    if (real >= 2 && real <= 3) return { first: n, end: run.end, titleStart: t };
    // A bare surname only after a personal title, and only when nothing capitalised follows it.
    if (real === 1 && SURNAME_TITLES.has(surface(n - 1)) && surface(n).length >= 3) return { first: n, end: run.end, titleStart: t, surnameOnly: true };
    return undefined;
  }

  /**
   * "Judges Chutkan and Mehta", "Sens. Durbin, Padilla and Schiff", « MM. Darmanin et Attal »: a plural title
   * before surnames listed with commas and "and"/« et ». This reads the first; listedAfterPluralTitle the others.
   */
  function surnameAfterPluralTitle(t: number): NameSpan | undefined {
    const n = t + 1;
    if (!pluralTitleAt(t) || n + 1 >= tokens.length || !titleGap(t, n) || !listedSurname(n)) return undefined;
    return { first: n, end: n + 1, titleStart: t, surnameOnly: true };
  }

  function listedAfterPluralTitle(t: number): boolean {
    if (!listedSurname(t)) return false;
    let i = t - 1;
    // Back over "Surname," / "Surname and" pairs to the plural title.
    while (i >= 1 && (LIST_JOINERS.has(surface(i)) || /^\s*,\s+$/.test(gap(i, i + 1)))) {
      const word = LIST_JOINERS.has(surface(i)) ? i - 1 : i;
      if (word < 1 || !NAME_TOKEN.test(surface(word))) return false;
      if (pluralTitleAt(word - 1) && titleGap(word - 1, word)) return true;
      i = word - 1;
    }
    return false;
  }

  /** "the House of Representatives Science Committee": after "of" the word names a chamber, not people. */
  function pluralTitleAt(i: number): boolean {
    return PLURAL_TITLES.has(surface(i)) && surface(i - 1) !== 'of' && surface(i - 1) !== 'des';
  }

  /** One capitalised surname in such a list: a comma, "and" or « et » after it, or the list's end. */
  function listedSurname(i: number): boolean {
    if (!isNameToken(i, false) || surface(i).length < 3 || LATIN_GIVEN_NAMES.has(surface(i))) return false;
    if (i + 1 >= tokens.length) return true;
    return LIST_JOINERS.has(surface(i + 1)) || /^\s*[,.;:)]/.test(gap(i, i + 1)) || /^\p{Ll}/u.test(surface(i + 1));
  }

  /** A capitalised run with evidence of being a person's name. */
  function nameByContext(t: number): NameSpan | undefined {
    if (!startsRun(t)) return undefined;
    const run = nameRun(t);
    if (run?.real === 1 && invertedSpeaker(t, run.end)) return { first: t, end: run.end, surnameOnly: true };
    if (run?.real === 1 && run.end === t + 1 && listedAfterPluralTitle(t)) return { first: t, end: t + 1, surnameOnly: true };
    if (!run || run.real < 2 || run.real > MAX_NAME_TOKENS) return undefined;
    // "Jane Doe is a staff reporter at…", "(AP Photo/Jane Doe)": the author or photographer, not a person of the story.
    if (authorNote(run.end) || photoCredit(t, run.end)) return undefined;
    // "the Super Eagles", « le Louise Michel » (a ship): a person's name takes no article.
    if (t > 0 && ARTICLES.has(surface(t - 1))) return undefined;
    if (LATIN_GIVEN_NAMES.has(surface(t))) return { first: t, end: run.end };
    if (reportedBefore(t) || roleBefore(t) || reportedAfter(run.end) || appositionAfter(run.end) || relativeBefore(t, run.end)) return { first: t, end: run.end };
    return undefined;
  }

  /**
   * « …", assure Estrosi. », "…," said Pelosi.": a surname alone after an inverted reporting verb that
   * follows a quote or comma, the sentence or clause ending with it.
   */
  function invertedSpeaker(t: number, end: number): boolean {
    if (t < 2 || !INVERTED_REPORTING.has(surface(t - 1)) || !spaced(t - 1, t) || surface(t).length < 4 || SOURCES.has(surface(t))) return false;
    if (!/[,"”»]\s*$/.test(gap(t - 2, t - 1))) return false;
    return end >= tokens.length || /^\s*[.,;:!?]/.test(gap(end - 1, end));
  }

  /**
   * "His father, James Drake, told…", "Fernandez's new landlord, Eloy Ruiz, was…", « son avocat, Jean
   * Moreau, a… »: a run set off by commas after a noun that someone's possessive opens.
   */
  function relativeBefore(t: number, end: number): boolean {
    if (t < 3 || end >= tokens.length || !/^\s*,\s+$/.test(gap(t - 1, t)) || !/^\s*,\s+$/.test(gap(end - 1, end))) return false;
    if (!RELATIONS.has(surface(t - 1))) return false;
    for (let k = t - 2; k >= Math.max(0, t - 4); k -= 1) {
      const word = surface(k);
      if (POSSESSIVES.has(word) || /['’]s$/.test(word) || /^['’]?s$/.test(word)) return true;
      if (!/^\p{Ll}/u.test(word)) return false;
    }
    return false;
  }

  /**
   * Only the start of a capitalised run is looked at: "New York Times" is not read from "York", nor
   * "Office of Professional Responsibility" from "Professional". A title, role or function word before
   * it leaves it a start ("General Augusto Pinochet", "Democrat Doug Jones").
   */
  function startsRun(t: number): boolean {
    if (t === 0) return true;
    const before = surface(t - 1);
    if (before === 'of' || before === 'de' || before === 'du' || before === 'des') {
      // "Office of …", « Ministère de … »: the words after continue the organisation's name.
      return t < 2 || !NOT_NAME_WORDS.has(surface(t - 2));
    }
    if (!(spaced(t - 1, t) || hyphenated(t - 1, t)) || !/^\p{Lu}/u.test(before)) return true;
    // A byline ("By Jane Doe", « Par Jean Moreau ») names the author, not a person of the story.
    if (before === 'By' || before === 'Par') return false;
    // The outlet a speaker talked to ends before the name (« déclarait au Figaro Jeanine Rochefort »).
    if (reportedBefore(t)) return true;
    // A given name after a capitalised word that is neither a name nor an organisation's word starts one
    // ("Chief of Staff John Kelly", "Democratic Alderman Raymond Lopez").
    if (LATIN_GIVEN_NAMES.has(surface(t)) && !LATIN_GIVEN_NAMES.has(before) && !NOT_NAME_WORDS.has(before) && !CAPITAL_PARTICLES.has(before)) return true;
    // A party or agency acronym before the name (« le député RN Jordan Bardella »).
    return before === before.toUpperCase() || TITLES.has(before) || TITLE_WORDS.has(before) || NOT_NAME_STOP.has(before);
  }

  /** Name tokens from `first`: capitalised words, particles inside, joined by spaces or hyphens. */
  function nameRun(first: number): { end: number; real: number } | undefined {
    if (!startsName(first)) return undefined;
    let n = first + 1;
    let real = 1;
    let lastReal = first;
    while (n < tokens.length && (spaced(n - 1, n) || hyphenated(n - 1, n))) {
      const s = surface(n);
      if (NAME_PARTICLES.has(s) || CAPITAL_PARTICLES.has(s)) {
        n += 1;
        continue;
      }
      // "Martin Luther King Jr.": a generational suffix ends the name and belongs to it.
      if (SUFFIXES.has(s)) {
        lastReal = n;
        n += 1;
        break;
      }
      // A title word after two name words is a surname ("Martin Luther King").
      if (!isNameToken(n, true) && !(real >= 2 && TITLES.has(s) && NAME_TOKEN.test(s))) break;
      // "Jean-Michel", "Arthus-Bertrand": a hyphenated compound is one word of the name.
      if (!hyphenated(n - 1, n)) real += 1;
      lastReal = n;
      n += 1;
    }
    // A name never ends on a particle; a run that reaches an organisation word is no name at all.
    if (n < tokens.length && (spaced(n - 1, n) || hyphenated(n - 1, n))) {
      const next = surface(n);
      if (NOT_NAME_WORDS.has(next)) return undefined;
      // "Katie Britt Blasts Reporters For Ignoring…": a capitalised function word mid-sentence means a
      // title-case phrase (a headline quoted in the text), not a name.
      if (NOT_NAME_STOP.has(next) && /^\p{Lu}/u.test(next) && next.length > 1) return undefined;
    }
    return { end: lastReal + 1, real };
  }

  function startsName(i: number): boolean {
    const s = surface(i);
    if (!NAME_TOKEN.test(s) || NOT_NAME_STOP.has(s) || NOT_NAME_WORDS.has(s) || TITLES.has(s) || TITLE_WORDS.has(s)) return false;
    // "Al-Manar", "El Watan": an article opens a channel's or paper's name, not a person's.
    if (CAPITAL_PARTICLES.has(s) && !LATIN_GIVEN_NAMES.has(s)) return false;
    // A first name may look like a country ("Jordan Bardella") when the press uses it as a given name.
    if (coveredBy[i]) return coveredByCountry(i) && LATIN_GIVEN_NAMES.has(s) && i + 1 < tokens.length && spaced(i, i + 1) && isNameToken(i + 1, true);
    return true;
  }

  function isNameToken(i: number, inside: boolean): boolean {
    const s = surface(i);
    if (!NAME_TOKEN.test(s) || NOT_NAME_STOP.has(s) || NOT_NAME_WORDS.has(s) || TITLES.has(s)) return false;
    // A surname may look like a country ("Jim Jordan"), or be a known person's ("Ivanka Trump", "Claude
    // Chirac"), never an organisation.
    if (coveredBy[i]) return inside && (coveredByCountry(i) || coveredBySurname(i));
    return true;
  }

  function photoCredit(t: number, end: number): boolean {
    if (t > 0 && CREDIT_WORDS.has(surface(t - 1))) return true;
    return end < tokens.length && /^\s*\/\s*$/.test(gap(end - 1, end));
  }

  function authorNote(end: number): boolean {
    if (surface(end) !== 'is' && surface(end) !== 'est') return false;
    for (let i = end + 1; i < Math.min(end + 6, tokens.length); i += 1) if (AUTHOR_ROLES.has(surface(i))) return true;
    return false;
  }

  function roleBefore(t: number): boolean {
    return t > 0 && spaced(t - 1, t) && (ROLE_WORDS.has(surface(t - 1)) || TITLES.has(surface(t - 1)));
  }

  function reportedBefore(t: number): boolean {
    if (t === 0) return false;
    const before = surface(t - 1);
    // "identified by authorities as Sayfullo Saipov", "named as …".
    if (before === 'as') {
      for (let k = t - 2; k >= Math.max(0, t - 4); k -= 1) if (IDENTIFIED.has(surface(k))) return true;
      return false;
    }
    // "according to Jane Doe": the reporting word is two words back.
    if (before === 'to') return surface(t - 2) === 'according';
    if (REPORTING_BEFORE.has(before)) return true;
    // « a détaillé à Europe 1 Jean Moreau », « déclarait au Figaro … », "told CNN …": the outlet between.
    for (let k = t - 2; k >= Math.max(1, t - 4); k -= 1) {
      const word = surface(k);
      if (word === 'à' || word === 'au' || word === 'told') return (word === 'told' || REPORTING_BEFORE.has(surface(k - 1))) && outletBetween(k + 1, t);
    }
    return false;
  }

  /** Tokens from `a` to `b` (excluded) are an outlet's name: capitalised words or a number («Europe 1»). */
  function outletBetween(a: number, b: number): boolean {
    if (b - a < 1 || b - a > 3) return false;
    for (let i = a; i < b; i += 1) if (!/^(?:\p{Lu}|\d)/u.test(surface(i))) return false;
    return true;
  }

  function reportedAfter(end: number): boolean {
    if (end >= tokens.length) return false;
    const next = surface(end);
    if (!spaced(end - 1, end)) return false;
    // « Jean Moreau a déclaré » / "Jane Doe has said": the auxiliary, then the participle.
    if ((next === 'a' || next === 'has' || next === 'had') && end + 1 < tokens.length) return REPORTING_BEFORE.has(surface(end + 1));
    return REPORTING_AFTER.has(next);
  }

  /** "Jane Doe, a spokeswoman for…", "Jane Doe, 34,", « Jean Moreau, le porte-parole… ». */
  function appositionAfter(end: number): boolean {
    if (end >= tokens.length || !/^\s*,\s+$/.test(gap(end - 1, end))) return false;
    const next = surface(end);
    if (/^\d{1,2}$/.test(next)) return true;
    if (ROLE_WORDS.has(next)) return true;
    if (!APPOSITION_OPENERS.has(next)) return false;
    if (next === 'who' || next === 'qui') return true;
    // One adjective may sit between the article and the role ("a senior official", « le nouveau maire »),
    // and the role may be capitalised ("Ur Jaddou, the Director of …").
    for (let i = end + 1; i < Math.min(end + 4, tokens.length); i += 1) if (ROLE_WORDS.has(surface(i)) || SURNAME_TITLES.has(surface(i)) || TITLES.has(surface(i))) return true;
    return false;
  }

  function titleGap(a: number, b: number): boolean {
    return /^\.?[\s\u00A0]+$/.test(gap(a, b));
  }

  function elided(a: number, b: number): boolean {
    return /^['’]$/.test(gap(a, b));
  }

  /**
   * Title Case headlines ("Director Sees Rise In Arrivals") capitalise every word, so a capitalised run
   * there proves nothing. A line counts as one when most of its longer words are capitalised and none
   * of its function words is in lower case.
   */
  function inTitleCaseLine(t: number): boolean {
    // Tokens are asked about in text order, so the current line is remembered (no rescan per token).
    if (tokens[t]!.start >= lineEnd || tokens[t]!.start < lineStart) {
      lineStart = text.lastIndexOf('\n', tokens[t]!.start) + 1;
      const nextBreak = text.indexOf('\n', tokens[t]!.end);
      lineEnd = nextBreak < 0 ? text.length : nextBreak;
      lineVerdict = titleCaseByLine.get(lineStart);
      if (lineVerdict === undefined) {
        lineVerdict = lineIsTitleCase(t, lineStart);
        titleCaseByLine.set(lineStart, lineVerdict);
      }
    }
    return lineVerdict === true;
  }

  function lineIsTitleCase(t: number, lineStart: number): boolean {
    let words = 0;
    let capitalised = 0;
    // A function word in lower case settles it, and body lines have one within a few words: stop there.
    for (let i = t + 1; i < tokens.length && tokens[i]!.end <= lineEnd; i += 1) if (!count(tokens[i]!.surface)) return false;
    for (let i = t; i >= 0 && tokens[i]!.start >= lineStart; i -= 1) if (!count(tokens[i]!.surface)) return false;
    return words >= 3 && capitalised / words >= TITLE_CASE_SHARE;

    function count(word: string): boolean {
      if (FUNCTION_WORDS.has(word)) return false;
      if (word.length < 4 || !/^\p{L}/u.test(word)) return true;
      words += 1;
      if (/^\p{Lu}/u.test(word)) capitalised += 1;
      return true;
    }
  }
}
