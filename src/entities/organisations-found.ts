/**
 * Organisations the gazetteer has never heard of, found by the shape of their names: a local council, a
 * charity, an observatory, a court (issue 14). A name is built on a head noun ("Council", « Comité »,
 * «جمعية») with its proper part: capitalised words around it in English and French («Riverside Refugee
 * Support Network», « Fédération des associations d'accueil des exilés »), the definite words of the idafa
 * chain after it in Arabic («المرصد المغاربي للهجرة», quoted: «رابطة "…"»); or it follows a cue
 * (« l'association "…" », "the nonprofit …"), or a capitalised run is spelled out by the acronym after
 * it ("Lawyers for Young Newcomers (LYN)"). An acronym in parentheses after a name found is the same body
 * wherever the text uses it. Its name must say it works on what the desk follows (migration, refugees,
 * asylum, rescue, aid: organisation-words.ts) unless quoted after a cue: the dev set's labels, like the
 * desk, leave out the parliaments' committees, federations and agencies that also have such names.
 *
 * Precision first, as for people: a head alone ("the Council said", «اللجنة»), a head with generic
 * words only ("the Interior Ministry", «مجلس النواب»), a name overlapping a known entity or a person,
 * a person's name before "Center" (a building) and title-case headlines are not organisations. Bodies
 * the gazetteer knows keep their gazetteer id: their tokens are covered and never looked at here.
 *
 * A found body's id is `org:_` and its normalised name (the underscore keeps it apart from gazetteer
 * slugs, which start with a letter or digit), so the same name in two articles is one entity; a law or
 * programme named the same way ("Secure the Border Act") is a process, `process:_…`.
 */
import { isArabicScript, normaliseForMatch } from '../text/normalise.js';
import { type Token, aliasKey, textKeys } from '../text/tokens.js';
import { beforeNonGovernmental, findArabicOrganisation } from './organisations-arabic.js';
import { createLatinOrganisationFinder } from './organisations-latin.js';
import type { TokenMention } from './matcher.js';
import type { CoveringSpan } from './people-spans.js';
import type { EntityRecord } from './types.js';
import { ARABIC_HEADS, ARABIC_SCOPE_WORDS, LATIN_SCOPE_WORDS, LEADING_ARTICLES, PROCESS_SCOPE_WORDS } from './organisation-words.js';

export interface FoundOrganisations {
  /** New organisation records (origin 'text'), one per distinct name. */
  organisations: EntityRecord[];
  /** Every occurrence: the full name and the acronym the text gives it. */
  mentions: TokenMention[];
}

/** A body's name found in the text, and the acronym written after it in parentheses, if any. */
export interface OrganisationSpan {
  first: number;
  end: number;
  acronym?: number;
  /** Letters of a clitic on the first token that are not part of the name («ولجنة» → «لجنة»). */
  skip?: number;
  /** Introduced as a body by a cue word (« l'association … »): its name need not say what it works on. */
  cued?: boolean;
  /** A law's or a programme's name ("Secure the Border Act"): a process, not a body. */
  process?: boolean;
  /**
   * A name that need not say what the body works on when the words around it do: a court (« le tribunal
   * administratif de Lille »).
   */
  contextual?: boolean;
}

/** The id of a found body: its name without case, diacritics, letter variants or leading article. */
export function organisationId(name: string): string {
  const words = normaliseForMatch(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  while (words.length > 1 && LEADING_ARTICLES.has(words[0]!)) words.shift();
  if (words.length > 0 && isArabicScript(words[0]!)) words[0] = aliasKey(words[0]!.replace(/^[وف](?=ال|لل)/, ''));
  return `org:_${words.join('-')}`;
}

/**
 * When an Arabic token is a head noun under some proclitic reading («والمرصد», «لجمعية»), how many
 * letters of conjunction or preposition come before it (the article stays with the head).
 */
export function arabicHeadClitic(norm: string): number | undefined {
  let clitic = headMemo.get(norm);
  if (clitic === undefined) {
    if (headMemo.size >= HEAD_MEMO_LIMIT) headMemo.clear();
    let longest = '';
    for (const key of textKeys(norm)) if (key.length > longest.length && key.length >= 3 && ARABIC_HEADS.has(aliasKey(key))) longest = key;
    clitic = longest ? norm.length - longest.length : -1;
    headMemo.set(norm, clitic);
  }
  return clitic < 0 ? undefined : clitic;
}

// Every Arabic word is asked whether it is a head, and news vocabulary repeats: the answer is remembered
// per word (bounded, so a long-running process does not grow it without end).
const headMemo = new Map<string, number>();
const HEAD_MEMO_LIMIT = 100_000;
// How many words around a name that does not say what the body works on may say it («منظمة … غير
// الحكومية», a court's name).
const CONTEXT_WORDS = 10;
// Arabic letters start at U+0600; the tokens of a text are Arabic or Latin words, so the first letter tells.
const FIRST_ARABIC_CODE = 0x0600;

/**
 * @param coveredBy what covers each token: known entities, blocked spans and the people found; a name
 *   never overlaps one of them except a country (a national body: «خفر السواحل الإسباني», "Texas …").
 */
export function findOrganisations(text: string, tokens: readonly Token[], coveredBy: ReadonlyArray<CoveringSpan | undefined>): FoundOrganisations {
  const latinAt = createLatinOrganisationFinder(text, tokens, coveredBy);
  const spans: OrganisationSpan[] = [];
  for (let t = 0; t < tokens.length; t += 1) {
    if (coveredBy[t]) continue;
    const norm = tokens[t]!.norm;
    const span = norm.charCodeAt(0) >= FIRST_ARABIC_CODE ? arabicAt(t, norm) : latinAt(t);
    if (span && (span.cued || inScope(tokens, span, span.process ? PROCESS_SCOPE_WORDS : LATIN_SCOPE_WORDS) || (span.contextual === true && inScope(tokens, around(span), LATIN_SCOPE_WORDS)))) {
      spans.push(span);
      t = Math.max(span.end, span.acronym === undefined ? 0 : span.acronym + 1) - 1;
    }
  }
  return collect(text, tokens, spans, coveredBy);

  function around(span: OrganisationSpan): OrganisationSpan {
    return { first: Math.max(0, span.first - CONTEXT_WORDS), end: Math.min(tokens.length, span.end + CONTEXT_WORDS) };
  }

  function arabicAt(t: number, norm: string): OrganisationSpan | undefined {
    const clitic = arabicHeadClitic(norm);
    if (clitic === undefined) return undefined;
    const span = findArabicOrganisation(text, tokens, coveredBy, t);
    if (!span) {
      // «منظمة … غير الحكومية»: the name after the head (a description, as "the NGO …" is); the words
      // around it must say the body works on what the desk follows.
      const end = beforeNonGovernmental(text, tokens, coveredBy, t);
      return end !== undefined && inScope(tokens, around({ first: t, end }), LATIN_SCOPE_WORDS) ? { first: t + 1, end, cued: true } : undefined;
    }
    // The surface keeps its clitic letters where the normalised form does: the first ones are plain letters.
    return clitic > 0 ? { ...span, skip: clitic } : span;
  }
}

/** Whether a name says the body works on migration, refugees, rights, rescue or aid (organisation-words.ts). */
function inScope(tokens: readonly Token[], span: OrganisationSpan, latinScope: ReadonlySet<string>): boolean {
  for (let i = span.first; i < span.end; i += 1) {
    const norm = tokens[i]!.norm;
    if (isArabicScript(norm) ? textKeys(norm).some((key) => ARABIC_SCOPE_WORDS.has(aliasKey(key))) : latinScope.has(norm)) return true;
  }
  return false;
}

const QUOTES = /["«»“”]/g;

interface FullName {
  id: string;
  name: string;
  /** A gazetteer body: no record of its own is made. */
  known: boolean;
}

/**
 * A Latin-script name found that is the tail of a longer one the same text gives a body ("the Los Angeles
 * County Office of Immigrant Affairs … the Office of Immigrant Affairs", "Mexico's National Migration
 * Institute … the Migration Institute") is that body written short, not another one: by found id, the
 * longest such name, found or known to the gazetteer.
 */
function shortenedNames(text: string, tokens: readonly Token[], named: ReadonlyArray<{ name: string; id: string }>, coveredBy: ReadonlyArray<CoveringSpan | undefined>): Map<string, FullName> {
  const out = new Map<string, FullName>();
  if (!named.some(({ id, name }) => id.startsWith(ORG_PREFIX) && id.includes('-') && !isArabicScript(name))) return out;
  const longer: FullName[] = named.map(({ id, name }) => ({ id, name, known: false }));
  let previous: CoveringSpan | undefined;
  for (const covering of coveredBy) {
    if (covering && covering !== previous && covering.entityId.startsWith('org:')) {
      const surface = text.slice(tokens[covering.firstToken]!.start, tokens[covering.endToken - 1]!.end);
      if (!isArabicScript(surface)) longer.push({ id: covering.entityId, name: surface, known: true });
    }
    previous = covering;
  }
  for (const { id, name } of named) {
    if (isArabicScript(name) || !id.startsWith(ORG_PREFIX) || !id.includes('-')) continue;
    const tail = `-${id.slice(ORG_PREFIX.length)}`;
    let best: FullName | undefined;
    for (const candidate of longer) {
      const words = candidate.known ? organisationId(candidate.name).slice(ORG_PREFIX.length) : candidate.id.slice(ORG_PREFIX.length);
      if (words.endsWith(tail) && (!best || candidate.name.length > best.name.length)) best = candidate;
    }
    if (best) out.set(id, best);
  }
  return out;
}

const ORG_PREFIX = 'org:_';

function collect(text: string, tokens: readonly Token[], spans: readonly OrganisationSpan[], coveredBy: ReadonlyArray<CoveringSpan | undefined>): FoundOrganisations {
  const records = new Map<string, EntityRecord>();
  const mentions: TokenMention[] = [];
  const byAcronym = new Map<string, string>();
  const mention = (entityId: string, first: number, end: number, skip = 0): TokenMention => {
    const start = tokens[first]!.start + skip;
    const stop = tokens[end - 1]!.end;
    return { entityId, surface: text.slice(start, stop), start, end: stop, firstToken: first, endToken: end };
  };
  const named = spans.map((span) => {
    const found = mention('', span.first, span.end, span.skip);
    // The name as shown: without the quotation marks a quoted name is written in.
    const name = found.surface.replace(QUOTES, '').replace(/\s+/g, ' ');
    const id = organisationId(name);
    return { span, found, name, id: span.process ? id.replace(/^org:/, 'process:') : id };
  });
  const fullNameOf = shortenedNames(text, tokens, named, coveredBy);
  for (const { span, found, name, id: ownId } of named) {
    const id = fullNameOf.get(ownId)?.id ?? ownId;
    mentions.push({ ...found, entityId: id });
    let record = records.get(id);
    if (!record && !fullNameOf.get(ownId)?.known) {
      const shown = fullNameOf.get(ownId)?.name ?? name;
      const arabic = isArabicScript(shown);
      record = { id, kind: span.process ? 'process' : 'organisation', names: arabic ? { en: shown, ar: shown } : { en: shown }, aliases: [{ text: shown, lang: arabic ? 'ar' : 'en' }], origin: 'text' };
      records.set(id, record);
    }
    if (span.acronym !== undefined) {
      const acronym = tokens[span.acronym]!.surface;
      if (record && !record.aliases.some((a) => a.text === acronym)) record.aliases.push({ text: acronym, caseSensitive: true });
      byAcronym.set(acronym, byAcronym.has(acronym) && byAcronym.get(acronym) !== id ? '' : id);
    }
  }
  // The acronym alone, elsewhere in the text, is the same body ("… (ECIF) … ECIF said").
  if (byAcronym.size > 0) {
    for (let t = 0; t < tokens.length; t += 1) {
      const id = byAcronym.get(tokens[t]!.surface);
      if (id && !coveredBy[t]) mentions.push(mention(id, t, t + 1));
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { organisations: [...records.values()], mentions };
}
