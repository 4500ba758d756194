/**
 * Finds entity mentions in a text: every alias of every entity, compiled into a token trie keyed by
 * matching keys (src/text/tokens.ts), scanned once left to right with the longest match winning. This
 * is what lets "عملية الرباط" be the Rabat Process rather than Morocco's capital, "جنوب السودان" be
 * South Sudan, and a blocker such as "أمريكا اللاتينية" swallow the "أمريكا" inside it.
 *
 * Matching is per token with a hash lookup per candidate key, so the cost grows with the text, not
 * with the number of aliases (no per-alias regular expressions).
 */
import { isArabicScript } from '../text/normalise.js';
import { type Token, aliasKey, textKeys, tokenise } from '../text/tokens.js';
import { nationalBodyContext, organisationsNamedAfterAPlace } from './gazetteer.js';
import { governingCountry, mainCountry, type NationalBodyContext } from './national-bodies.js';
import { negatesNext } from './negation.js';
import type { Alias, EntityRecord, Mention } from './types.js';

/** A span of tokens: from firstToken up to (not including) endToken. */
export interface TokenSpan {
  firstToken: number;
  endToken: number;
}

/** A mention with the token span it covers (for callers that already tokenised the text). */
export interface TokenMention extends Mention, TokenSpan {}

export interface EntityMatcher {
  /** All mentions in the text, in order, longest match winning where wordings overlap. */
  match(text: string): Mention[];
  /**
   * The same on a text tokenised by the caller (tokenise(text)), with token spans. Spans consumed by
   * blockers are pushed to `blocked` when given (they are known not to be names either).
   */
  matchTokens(text: string, tokens: readonly Token[], blocked?: TokenSpan[]): TokenMention[];
}

/**
 * How an alias token constrains the text token it meets. Each trie edge is keyed by the matching key
 * and then by the constraint (see Branch), so a lookup tests both without building strings.
 *  - any: lower-case Latin or indefinite Arabic.
 *  - cap: a Latin proper noun ("Libya"): the text must start with a capital, so "turkey" the bird,
 *    "china" the porcelain and "chad" in lower case stay out.
 *  - upper: an acronym in a case-sensitive alias ("UN", "US", "ICE"): the text must be in capitals.
 *  - def: an Arabic word with the article ("اليمن"): the text must carry the article too (after any
 *    proclitic), so "فيمن" (in whom) is not Yemen and "هند" (a name) is not India.
 */
type Constraint = 'any' | 'cap' | 'upper' | 'def';

interface Terminal {
  /** null for a blocker. */
  entityId: string | null;
  /**
   * For a theme's one-word Latin wordings: the words (normalised) that reach this node. The stemmer
   * gives "nature" and "natural" the key of "naturalisation", "native" that of "nativist", "illegal"
   * and « illégale » that of "illegally": a text word is the wording inflected only when it starts
   * with all of one of these words but its last letter ("deported", "migrants", « secouru »).
   */
  words?: string[];
}

/** The children reached through one matching key, one per constraint. */
type Branch = Partial<Record<Constraint, TrieNode>>;

interface TrieNode {
  next: Map<string, Branch>;
  /**
   * The words that follow a comma inside a wording: a full name may hold one ("Global Compact for Safe,
   * Orderly and Regular Migration"), but a comma in the text never joins two wordings that have none.
   */
  afterComma?: Map<string, Branch>;
  terminals: Terminal[];
}

const THEME = 'theme:';

const newNode = (): TrieNode => ({ next: new Map(), terminals: [] });

function aliasConstraint(token: Token, caseSensitive: boolean): Constraint {
  if (isArabicScript(token.norm)) return aliasKey(token.norm) !== token.norm ? 'def' : 'any';
  const surface = token.surface;
  const first = surface.charAt(0);
  if (first === first.toLowerCase()) return 'any';
  if (caseSensitive && surface === surface.toUpperCase()) return 'upper';
  return 'cap';
}

function insert(root: TrieNode, alias: Alias, terminal: Terminal): void {
  const tokens = tokenise(alias.text);
  if (tokens.length === 0) return;
  let node = root;
  let previous: Token | undefined;
  for (const token of tokens) {
    const constraint = aliasConstraint(token, alias.caseSensitive === true);
    // An acronym is matched as written, never by stem or inflection: "UNE" is not the UN, "ACT" not ACTED.
    const key = constraint === 'upper' ? token.norm : aliasKey(token.norm);
    const edges = previous && COMMA_GAP.test(alias.text.slice(previous.end, token.start)) ? (node.afterComma ??= new Map()) : node.next;
    previous = token;
    let branch = edges.get(key);
    if (!branch) {
      branch = {};
      edges.set(key, branch);
    }
    node = branch[constraint] ??= newNode();
  }
  const word = tokens.length === 1 && terminal.entityId?.startsWith(THEME) && !isArabicScript(tokens[0]!.norm) ? tokens[0]!.norm : undefined;
  const existing = node.terminals.find((t) => t.entityId === terminal.entityId);
  if (!existing) node.terminals.push(word === undefined ? terminal : { ...terminal, words: [word] });
  else if (word !== undefined) existing.words?.push(word);
}

/** Whether a text word is one of the terminal's one-word wordings with an ending (see Terminal.words). */
function inflects(terminal: Terminal, norm: string): boolean {
  return terminal.words === undefined || terminal.words.some((word) => norm.startsWith(word.slice(0, -1)));
}

/**
 * A text token's readings: the keys it can match under, and which constraints each satisfies
 * (bit 1: definite, bit 2: capitalised, bit 4: all capitals; 'any' always holds).
 */
interface Readings {
  keys: string[];
  flags: number[];
  /**
   * Which keys (bit k for keys[k]) start a wording in the matcher numbered `rootOf`, the last one
   * that read them: most tokens start none and then cost no trie lookup at all. A number, not the
   * trie itself, so memoised words never keep an old matcher alive.
   */
  rootOf?: number;
  rootKeys?: number;
}

/** Numbers matchers for Readings.rootOf. */
let matchersBuilt = 0;

const DEF = 1;
const CAP = 2;
const UPPER = 4;

/** Readings depend only on the surface form, and news repeats its words: memoised, bounded. */
const readingsMemo = new Map<string, Readings>();
const READINGS_MEMO_LIMIT = 200_000;

declare module '../text/tokens.js' {
  interface WordFacts {
    /** The matcher's readings of the word (./matcher.ts). */
    readings?: Readings;
  }
}

function readingsOf(token: Token): Readings {
  if (token.facts) return (token.facts.readings ??= computeReadings(token));
  let readings = readingsMemo.get(token.surface);
  if (readings === undefined) {
    if (readingsMemo.size >= READINGS_MEMO_LIMIT) readingsMemo.clear();
    readings = computeReadings(token);
    readingsMemo.set(token.surface, readings);
  }
  return readings;
}

function computeReadings(token: Token): Readings {
  if (isArabicScript(token.norm)) {
    const keys = textKeys(token.norm);
    return { keys, flags: keys.map((candidate) => (isDefinite(token.norm, candidate) ? DEF : 0)) };
  }
  const keys = textKeys(token.norm);
  const surface = token.surface;
  const first = surface.charAt(0);
  if (first === first.toLowerCase()) return { keys, flags: keys.map(() => 0) };
  if (surface !== surface.toUpperCase()) return { keys, flags: keys.map(() => CAP) };
  // In capitals the word may be an acronym, which only its own form reads as (see insert); its stems
  // and French masculine still read as a capitalised word ("LIBYE" is Libya in a headline).
  const own = keys.indexOf(token.norm);
  const flags = keys.map((_, k) => (k === own ? CAP | UPPER : CAP));
  return own >= 0 ? { keys, flags } : { keys: [...keys, token.norm], flags: [...flags, CAP | UPPER] };
}

/**
 * Whether the proclitics stripped to reach `candidate` include the article. In "للاجئين" (for the
 * refugees) the article's lam merges with the word's own lam, so a bare ل before a word starting with
 * ل counts as definite too.
 */
function isDefinite(norm: string, candidate: string): boolean {
  const chain = norm.slice(0, norm.length - candidate.length);
  if (chain.endsWith('ال') || chain.endsWith('لل')) return true;
  return chain.endsWith('ل') && candidate.startsWith('ل');
}

/**
 * What may separate two tokens of one wording: spaces, hyphens, apostrophes and "&". A full stop only
 * inside an initialism: after a single letter ("U.S. Border Patrol"), or unspaced after one of two
 * letters ("إس.أو.إس"), so a sentence end never joins two wordings.
 */
const JOINER = /^[\s\u00A0\-\u2010-\u2015'\u2019&]{0,4}$/;
/** A comma between two words of a wording that holds one there (TrieNode.afterComma). */
const COMMA_GAP = /^[\s\u00A0]?[,\u060C][\s\u00A0]{0,2}$/;
const INITIAL_JOINER = /^\.[\s\u00A0]?$/;

function joined(text: string, left: Token, right: Token): boolean {
  // Most gaps are one space: answered without slicing the gap out.
  const width = right.start - left.end;
  if (width === 0 || (width === 1 && text.charCodeAt(left.end) === 32)) return true;
  const gap = text.slice(left.end, right.start);
  if (JOINER.test(gap)) return true;
  if (left.surface.length === 1) return INITIAL_JOINER.test(gap);
  return left.surface.length === 2 && gap === '.';
}

/**
 * A minister's title around a ministry's wording: «وزير الخارجية الأمريكية», «وزيرة الداخلية الفرنسية»,
 * "Secretary of Homeland Security", "Homeland Security Secretary", "Home Office minister". The labels,
 * like the desk, take it as naming the minister and the country, not the ministry. Keyed without clitics.
 */
const ARABIC_MINISTER_TITLES = new Set(['وزير', 'وزيره', 'وزراء', 'الوزير', 'الوزيره']);
const LATIN_MINISTER_TITLES = new Set(['secretary', 'minister']);
const TITLE_LINKS = new Set(['of', 'for']);

/** Whether the wording on tokens first..end-1 is inside a minister's title. */
function inMinisterTitle(text: string, tokens: readonly Token[], first: number, end: number): boolean {
  const at = (i: number) => tokens[i]?.norm ?? '';
  const before = first > 0 && joined(text, tokens[first - 1]!, tokens[first]!) ? tokens[first - 1]! : undefined;
  if (before && isArabicScript(before.norm)) return textKeys(before.norm).some((key) => ARABIC_MINISTER_TITLES.has(key));
  if (end < tokens.length && joined(text, tokens[end - 1]!, tokens[end]!) && LATIN_MINISTER_TITLES.has(at(end))) return true;
  // "Secretary of Homeland Security", "Minister for the Interior".
  const link = at(first - 1) === 'the' ? first - 2 : first - 1;
  return link >= 1 && TITLE_LINKS.has(at(link)) && LATIN_MINISTER_TITLES.has(at(link - 1));
}

/** A word in capitals that is no initial: two letters at least, Latin ("DROIT", "AU"). */
const CAPITALS_WORD = /^\p{Lu}{2,}$/u;

/** A hand-written country body's id: org:<cc>-… ("org:us-dhs", "org:uk-home-office"). */
const NATIONAL_BODY_ID = /^org:([a-z]{2})-/;

/** Terminal ids of bare body wordings («وزارة الداخلية»), resolved or dropped once the scan is done. */
const BARE_BODY = 'bare-body:';
/** What ends a sentence, for the evidence a bare body wording takes from its own sentence. */
const SENTENCE_END = /[.!?\u061F\n]/;

/**
 * `namedAfterAPlace`: organisations whose name holds a country they are no body of (an NGO called
 * "Norwegian Refugee Council"); the gazetteer's list by default. `bodies`: the wordings that name a
 * national body without its country («وزارة الداخلية», "the coast guard"), which name the body of
 * the country the article is about (./national-bodies.ts), and nothing when it has none.
 */
export function createEntityMatcher(
  entities: readonly EntityRecord[],
  blockers: readonly string[],
  namedAfterAPlace: ReadonlySet<string> = organisationsNamedAfterAPlace(),
  bodies: NationalBodyContext = nationalBodyContext(),
): EntityMatcher {
  const root = newNode();
  const known = new Set(entities.map((entity) => entity.id));
  const serial = ++matchersBuilt;
  const countries = new Set<string>();
  const countryNamingOrganisations = new Set<string>();
  for (const entity of entities) {
    if (entity.kind === 'country') countries.add(entity.id);
    if (entity.kind === 'organisation' && !namedAfterAPlace.has(entity.id)) countryNamingOrganisations.add(entity.id);
    const terminal: Terminal = { entityId: entity.id };
    for (const alias of entity.aliases) insert(root, alias, terminal);
  }
  const blockerTerminal: Terminal = { entityId: null };
  for (const phrase of blockers) insert(root, { text: phrase }, blockerTerminal);
  for (const wording of bodies.bare) insert(root, { text: wording.text }, { entityId: `${BARE_BODY}${wording.body}` });

  /** "<CC> <body>" of each national body id, so a body the article names says which country's bodies it means. */
  const bodyOf = new Map<string, { code: string; body: string }>();
  for (const [key, id] of bodies.idOf) {
    const [code = '', body = ''] = key.split(' ');
    if (known.has(id)) bodyOf.set(id, { code, body });
  }
  /** A country's body: a template's or a hand-written one named org:<cc>-… ("org:us-dhs"; "uk" is Britain). */
  const isNationalBody = (id: string): boolean => {
    if (bodyOf.has(id)) return true;
    const code = NATIONAL_BODY_ID.exec(id)?.[1];
    return code !== undefined && (code === 'uk' || countries.has(`country:${code.toUpperCase()}`));
  };

  /**
   * Bare body wordings named as a country's body, or dropped (in place, order kept). The evidence, from
   * the closest to the loosest: the same body named with its country elsewhere in the article ("the
   * Tunisian National Guard … the National Guard"), one country named earlier in the same sentence
   * ("the Moroccan delegation, led by the interior ministry's director"), then the one country whose
   * government the article shows acting ("British ministers"), then the article's main country. A story about Britain's plan to fly people to Rwanda names Rwanda most, but its
   * sentences about the interior ministry name Britain.
   */
  const resolveBareBodies = (text: string, mentions: TokenMention[]): TokenMention[] => {
    if (!mentions.some((m) => m.entityId.startsWith(BARE_BODY))) return mentions;
    const counts = new Map<string, number>();
    const namedBodies = new Map<string, Set<string>>();
    for (const m of mentions) {
      if (countries.has(m.entityId)) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
      const named = bodyOf.get(m.entityId);
      if (named) namedBodies.set(named.body, (namedBodies.get(named.body) ?? new Set()).add(named.code));
    }
    const main = mainCountry(counts)?.slice('country:'.length);
    // Read only when a bare wording needs it. With no country named most (none at all, in a local
    // outlet's story), one sign is enough.
    const bodyCodes = mentions.flatMap((m) => bodyOf.get(m.entityId)?.code ?? []);
    let governing: string | undefined | null = null;
    const governingOnce = (): string | undefined => {
      if (governing === null) {
        const countryMentions = mentions.filter((m) => countries.has(m.entityId)).map((m) => ({ code: m.entityId.slice('country:'.length), start: m.start, end: m.end }));
        governing = governingCountry(text, countryMentions, bodyCodes, main === undefined ? 1 : 2);
      }
      return governing;
    };
    return mentions.filter((m, index) => {
      if (!m.entityId.startsWith(BARE_BODY)) return true;
      const body = m.entityId.slice(BARE_BODY.length);
      const named = namedBodies.get(body);
      const code = (named?.size === 1 ? [...named][0] : undefined) ?? countryEarlierInSentence(text, mentions, index) ?? governingOnce() ?? main;
      const id = code === undefined ? undefined : bodies.idOf.get(`${code} ${body}`);
      if (id === undefined || !known.has(id)) return false;
      m.entityId = id;
      return true;
    });
  };

  /** The one country named before mention `index` in its sentence, if exactly one is. */
  const countryEarlierInSentence = (text: string, mentions: readonly TokenMention[], index: number): string | undefined => {
    const start = mentions[index]!.start;
    let found: string | undefined;
    for (let k = index - 1; k >= 0; k -= 1) {
      const earlier = mentions[k]!;
      if (SENTENCE_END.test(text.slice(earlier.end, start))) break;
      const code = countries.has(earlier.entityId) ? earlier.entityId.slice('country:'.length) : bodyOf.get(earlier.entityId)?.code;
      if (code === undefined) continue;
      if (found !== undefined && found !== code) return undefined;
      found = code;
    }
    return found;
  };

  function matchTokens(text: string, tokens: readonly Token[], blocked?: TokenSpan[]): TokenMention[] {
    const readings: (Readings | undefined)[] = new Array<Readings | undefined>(tokens.length);
    const readingsAt = (i: number): Readings => (readings[i] ??= readingsOf(tokens[i]!));

    // State of the current search (one search at a time, so no allocation per position).
    let searchStart = 0;
    let searchMaxEnd = 0;
    let bestEnd = -1;
    let bestTerminals: Terminal[] = [];

    const rootKeysAt = (j: number): number => {
      const readingsHere = readingsAt(j);
      if (readingsHere.rootOf !== serial) {
        let bits = 0;
        readingsHere.keys.forEach((key, k) => {
          if (root.next.has(key)) bits |= 1 << k;
        });
        // More keys than bits (no word has that many readings): look every one up.
        if (readingsHere.keys.length > 30) bits = -1;
        readingsHere.rootOf = serial;
        readingsHere.rootKeys = bits;
      }
      return readingsHere.rootKeys ?? 0;
    };

    // A word in capitals between two others is a line written in capitals (« ATTEINTE INACCEPTABLE AU
    // DROIT D'ASILE », "UN MIGRANT MEURT"), not an acronym: French «au» and «un» are not the AU and the UN.
    const capitalsAt = (k: number): boolean => k >= 0 && k < tokens.length && CAPITALS_WORD.test(tokens[k]!.surface);
    const sameLine = (a: number, b: number): boolean => !text.slice(tokens[a]!.end, tokens[b]!.start).includes('\n');
    const inCapitals = (j: number): boolean =>
      capitalsAt(j + 1) && sameLine(j, j + 1) && ((capitalsAt(j - 1) && sameLine(j - 1, j)) || (capitalsAt(j + 2) && sameLine(j + 1, j + 2) && (j === 0 || !sameLine(j - 1, j))));

    const follow = (branch: Branch, f: number, j: number): void => {
      if (branch.any) walk(branch.any, j + 1);
      if (branch.def && f & DEF) walk(branch.def, j + 1);
      if (branch.cap && f & CAP) walk(branch.cap, j + 1);
      if (branch.upper && f & UPPER && !inCapitals(j)) walk(branch.upper, j + 1);
    };

    // Depth-first over the trie: a token may follow several edges (one per proclitic reading).
    const walk = (node: TrieNode, j: number): void => {
      if (node.terminals.length > 0) {
        if (j > bestEnd) {
          bestEnd = j;
          bestTerminals = node.terminals;
        } else if (j === bestEnd) {
          bestTerminals = [...bestTerminals, ...node.terminals];
        }
      }
      if (j >= searchMaxEnd) return;
      let edges = node.next;
      if (j > searchStart && !joined(text, tokens[j - 1]!, tokens[j]!)) {
        if (!node.afterComma || !COMMA_GAP.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return;
        edges = node.afterComma;
      }
      if (edges.size === 0) return;
      const rootKeys = node === root ? rootKeysAt(j) : -1;
      const { keys, flags } = readingsAt(j);
      for (let k = 0; k < keys.length; k += 1) {
        if ((rootKeys & (1 << k)) === 0) continue;
        const branch = edges.get(keys[k]!);
        if (branch) follow(branch, flags[k]!, j);
      }
    };

    /** The longest wording starting at token `start` and ending at or before token `maxEnd`. */
    const longestAt = (start: number, maxEnd: number): { end: number; terminals: Terminal[] } => {
      searchStart = start;
      searchMaxEnd = maxEnd;
      bestEnd = -1;
      bestTerminals = [];
      walk(root, start);
      return { end: bestEnd, terminals: bestTerminals };
    };

    const mentions: TokenMention[] = [];
    const emit = (first: number, endToken: number, entityId: string) => {
      const start = tokens[first]!.start;
      const end = tokens[endToken - 1]!.end;
      mentions.push({ entityId, surface: text.slice(start, end), start, end, firstToken: first, endToken });
    };

    /**
     * Countries named inside an organisation's name ("وزارة الداخلية الفرنسية", "Libyan Coast Guard")
     * are mentions of the country too. Only organisations, and not those named after a country they are
     * no body of: inside a process or a person's name the place is part of a title ("عملية الرباط",
     * "Jim Jordan"), not a reference to the country.
     */
    const emitNestedCountries = (first: number, endToken: number) => {
      let p = first;
      while (p < endToken) {
        const inner = longestAt(p, p === first ? endToken - 1 : endToken);
        const country = inner.terminals.find((t) => t.entityId !== null && countries.has(t.entityId));
        // A shorter wording of an organisation ("الداخلية الجزائرية" inside "وزارة الداخلية
        // الجزائرية") is no country: step one token and look again, or its country is lost.
        if (country?.entityId == null) {
          p += 1;
          continue;
        }
        emit(p, inner.end, country.entityId);
        p = inner.end;
      }
    };

    let i = 0;
    while (i < tokens.length) {
      // No wording starts with this token (the root holds no terminal: every alias has a word).
      if (rootKeysAt(i) === 0) {
        i += 1;
        continue;
      }
      const { end, terminals } = longestAt(i, tokens.length);
      if (end < 0) {
        i += 1;
        continue;
      }
      // A blocker of the same length wins: it exists precisely to cancel that reading.
      if (!terminals.some((t) => t.entityId === null)) {
        const emitted = new Set<string>();
        let nested = false;
        // A theme wording right after a negator is its opposite ("non-refoulement", «sans visa»):
        // the span is still consumed, so no shorter wording inside it is read either.
        const negated = i > 0 && negatesNext(tokens, i - 1) && joined(text, tokens[i - 1]!, tokens[i]!);
        let titled: boolean | undefined;
        for (const terminal of terminals) {
          if (terminal.entityId === null || emitted.has(terminal.entityId)) continue;
          if (negated && terminal.entityId.startsWith(THEME)) continue;
          // «وزير الخارجية الأمريكية» is a minister's title: the ministry is not named, its country is.
          // Only a country's body: "UN Secretary General" or «وزراء الاتحاد الأوروبي» still name the UN and the EU.
          if (isNationalBody(terminal.entityId) && (titled ??= inMinisterTitle(text, tokens, i, end))) {
            nested ||= countryNamingOrganisations.has(terminal.entityId);
            continue;
          }
          if (end - i === 1 && !inflects(terminal, tokens[i]!.norm)) continue;
          emitted.add(terminal.entityId);
          emit(i, end, terminal.entityId);
          nested ||= countryNamingOrganisations.has(terminal.entityId);
        }
        if (nested && end - i > 1) emitNestedCountries(i, end);
      } else {
        blocked?.push({ firstToken: i, endToken: end });
      }
      i = end;
    }
    return resolveBareBodies(text, mentions);
  }

  return {
    match(text: string): Mention[] {
      return matchTokens(text, tokenise(text)).map(({ entityId, surface, start, end }) => ({ entityId, surface, start, end }));
    },
    matchTokens,
  };
}
