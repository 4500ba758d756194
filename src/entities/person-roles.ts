/**
 * What an article says a person is, as written: the title before the name ("Interior Minister",
 * «وزير الداخلية», « ministre de l'Intérieur ») with the country or body named with it, and the role in
 * apposition after it ("Amina Haddad, a spokeswoman for the IOM office in Tripoli, said" → spokeswoman /
 * the IOM office in Tripoli; «سلمى الفرجاني، المتحدثة باسم المنظمة الدولية للهجرة» → المتحدثة باسم /
 * المنظمة الدولية للهجرة). Shown per person by `show --json`.
 */
import { isArabicScript } from '../text/normalise.js';
import type { Token } from '../text/tokens.js';
import type { CoveringSpan, NameSpan, PersonRole } from './people-spans.js';

/** Courtesy titles say nothing about who a person is. */
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'M', 'MM', 'Mme', 'Mlle', 'Dr', 'Me', 'Monsieur', 'Madame', 'Sir', 'Lady', 'السيد', 'السيدة']);
/** Where an English or French role turns to the body it is held in ("spokeswoman for the IOM"). */
const LATIN_ROLE_LINKS = /\s(?:for|of|at|with|in|de|du|des|d['’]|à|au|aux|auprès|chez|pour)\s?/u;
const LEADING_ARTICLE = /^(?:(?:a|an|the|le|la|les|l['’]|un|une)\s*)+/iu;
/** Where an apposition ends: punctuation or a reporting verb. */
const APPOSITION_END = /[,،.;:()\n«»"“”]|\s(?:said|says|told|added|a déclaré|a indiqué|a expliqué|a dit|explique|estime|affirme|إن|أن|في تصريح|قال|قالت)(?=\s|$)/u;
const MAX_APPOSITION_CHARS = 120;

export interface RoleContext {
  text: string;
  tokens: readonly Token[];
  coveredBy: ReadonlyArray<CoveringSpan | undefined>;
  /** Whether an Arabic token heads a title («المتحدث», «وزير», «مدير»…). */
  isArabicTitleHead(norm: string): boolean;
  /** Whether a Latin word is a role or title ("spokeswoman", « porte-parole »). */
  isLatinRole(surface: string): boolean;
}

export function rolesOf(context: RoleContext, span: NameSpan): PersonRole[] {
  const roles: PersonRole[] = [];
  const before = titleBefore(context, span);
  if (before) roles.push(before);
  const after = appositionAfter(context, span);
  if (after) roles.push(after);
  return roles;
}

function titleBefore({ text, tokens, coveredBy }: RoleContext, span: NameSpan): PersonRole | undefined {
  if (span.titleStart === undefined) return undefined;
  let organisation: string | null = null;
  const titleParts: string[] = [];
  // The country or body named just before the title ("Italian Interior Minister", "Sudanese activist").
  const previous = coveredBy[span.titleStart - 1];
  if (previous && !previous.entityId.startsWith('person:') && previous.endToken === span.titleStart && /^[\s\u00A0]+$/.test(text.slice(tokens[span.titleStart - 1]!.end, tokens[span.titleStart]!.start))) {
    organisation = text.slice(tokens[previous.firstToken]!.start, tokens[previous.endToken - 1]!.end);
  }
  // The title as written (« ministre de l'Intérieur »), in pieces where a named body interrupts it.
  let piece: { start: number; end: number } | undefined;
  const close = () => {
    if (piece) titleParts.push(text.slice(piece.start, piece.end));
    piece = undefined;
  };
  let i = span.titleStart;
  while (i < span.first) {
    const covering = coveredBy[i];
    const word = tokens[i]!.surface;
    if (covering && !covering.entityId.startsWith('person:') && covering.entityId !== 'blocked:') {
      close();
      organisation ??= text.slice(tokens[covering.firstToken]!.start, tokens[covering.endToken - 1]!.end);
      i = covering.endToken;
      continue;
    }
    // An acronym in a title names the body (« le député RN », "UNHCR envoy"); a courtesy title is no title.
    if (/^\p{Lu}{2,6}$/u.test(word) && !HONORIFICS.has(word)) {
      close();
      organisation ??= word;
    } else if (HONORIFICS.has(word)) close();
    else if (piece) piece.end = tokens[i]!.end;
    else piece = { start: tokens[i]!.start, end: tokens[i]!.end };
    i += 1;
  }
  close();
  const title = titleParts.join(' ').replace(/[\s,،]+(?:de|du|d|l|la|le|des)?$/u, '').trim();
  if (!title && !organisation) return undefined;
  return { title: title || null, organisation };
}

function appositionAfter(context: RoleContext, span: NameSpan): PersonRole | undefined {
  const { text, tokens } = context;
  const last = tokens[span.end - 1]!;
  const next = tokens[span.end];
  if (!next || !/^["”»']?\s*[,،]\s+$/.test(text.slice(last.end, next.start))) return undefined;
  const rest = text.slice(next.start, next.start + MAX_APPOSITION_CHARS);
  const stop = rest.search(APPOSITION_END);
  const phrase = (stop < 0 ? rest : rest.slice(0, stop)).trim();
  if (!phrase) return undefined;
  if (isArabicScript(next.norm)) {
    if (!context.isArabicTitleHead(next.norm)) return undefined;
    const link = phrase.indexOf(' باسم ');
    if (link > 0) return { title: phrase.slice(0, link + ' باسم'.length), organisation: phrase.slice(link + ' باسم '.length).trim() || null };
    const words = phrase.split(/\s+/);
    // The body starts at the first organisation word after the head («مدير مكتب المنظمة…» keeps the head alone).
    return words.length > 2 ? { title: words.slice(0, 2).join(' '), organisation: words.slice(2).join(' ') } : { title: phrase, organisation: null };
  }
  const stripped = phrase.replace(LEADING_ARTICLE, '');
  const words = stripped.split(/\s+/);
  if (!words.slice(0, 3).some((word) => context.isLatinRole(word))) return undefined;
  const link = stripped.search(LATIN_ROLE_LINKS);
  if (link < 0) return { title: stripped, organisation: null };
  const organisation = stripped.slice(link).replace(LATIN_ROLE_LINKS, '').replace(LEADING_ARTICLE, '').trim();
  return { title: stripped.slice(0, link).trim(), organisation: organisation || null };
}
