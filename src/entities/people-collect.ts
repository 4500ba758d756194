/**
 * The people found in one text, from the name spans the passes read: one record per distinct name (its id is
 * the cross-script key, person-key.ts), the roles the text gives them, and every mention, later bare surnames
 * included ("Matteo Salvini … Salvini", «محمود عباس … وقال عباس»).
 */
import { isArabicScript, normaliseForMatch } from '../text/normalise.js';
import type { Token } from '../text/tokens.js';
import type { TokenMention } from './matcher.js';
import { arabicIn } from './people-arabic-keys.js';
import { AR_STOP } from './people-arabic-words.js';
import type { CoveringSpan, NameSpan, PersonRole } from './people-spans.js';
import { personKey } from './person-key.js';
import type { EntityRecord } from './types.js';

export interface FoundPeople {
  /** New person records (origin 'text'), one per distinct name. */
  people: EntityRecord[];
  /** Every occurrence of those names: after a title, and again later in the text. */
  mentions: TokenMention[];
  /** What the text says each person is (by entity id; only people with a role are present). */
  roles: Map<string, PersonRole[]>;
}

/**
 * A found person's id is its cross-script key (person-key.ts), so «سالفيني» written in one article and
 * "Salvini" in another, or «دارمانان» and "Darmanin", land on one entity.
 */
function personId(name: string): string {
  const key = personKey(name);
  return `person:${key || normaliseForMatch(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')}`;
}

/**
 * Records for the names found, plus every later occurrence of the same name in the text: the full name,
 * and the surname alone once the full name is known ("Matteo Salvini … Salvini"). A bare surname after a
 * personal title ("Mr Salvini") joins the full name when the text gives one.
 */
export function collectPeople(text: string, tokens: readonly Token[], spans: readonly NameSpan[], coveredBy: ReadonlyArray<CoveringSpan | undefined>, roles: (span: NameSpan) => PersonRole[]): FoundPeople {
  const people = new Map<string, EntityRecord>();
  const rolesById = new Map<string, PersonRole[]>();
  const byFirstNorm = new Map<string, Array<{ norms: string[]; id: string }>>();
  const bySurname = new Map<string, string>();
  const add = (norms: string[], id: string) => {
    const list = byFirstNorm.get(norms[0]!) ?? [];
    if (list.some((entry) => entry.norms.join(' ') === norms.join(' '))) return;
    list.push({ norms, id });
    // Longest name first, so "محمد علي الحسيني" is not cut to a shorter "محمد علي".
    list.sort((x, y) => y.norms.length - x.norms.length);
    byFirstNorm.set(norms[0]!, list);
  };
  const addRoles = (id: string, found: PersonRole[]) => {
    if (found.length === 0) return;
    const list = rolesById.get(id) ?? [];
    for (const role of found) if (!list.some((r) => r.title === role.title && r.organisation === role.organisation)) list.push(role);
    rolesById.set(id, list);
  };
  const conjoined: TokenMention[] = [];
  const fullNames = spans.filter((span) => !span.surnameOnly);
  for (const span of [...fullNames, ...spans.filter((s) => s.surnameOnly)]) {
    const { first, end } = span;
    const skip = span.skip ?? 0;
    const norms = tokens.slice(first, end).map((t) => t.norm);
    if (skip > 0) norms[0] = normaliseForMatch(tokens[first]!.surface.slice(skip));
    const written = text.slice(tokens[first]!.start + skip, tokens[end - 1]!.end);
    // A name written as a hashtag is named with spaces.
    const surface = written.replaceAll('_', ' ');
    const id = span.known ?? ((span.surnameOnly ? bySurname.get(norms[0]!) : undefined) || personId(surface));
    if (span.known) {
      addRoles(id, roles(span));
      continue;
    }
    if (!people.has(id)) {
      const arabic = isArabicScript(surface);
      people.set(id, {
        id,
        kind: 'person',
        names: arabic ? { en: surface, ar: surface } : { en: surface },
        aliases: [{ text: surface, lang: arabic ? 'ar' : 'en' }],
        origin: 'text',
      });
    }
    add(norms, id);
    // The conjunction is outside the name, so the scan below cannot meet this occurrence: noted here.
    if (skip > 0) conjoined.push({ entityId: id, surface: written, start: tokens[first]!.start + skip, end: tokens[end - 1]!.end, firstToken: first, endToken: end });
    const surname = norms.at(-1)!;
    if (norms.length > 1 && surname.length >= 4 && !arabicIn(AR_STOP, surname)) {
      // Two people sharing a surname leave it ambiguous: neither gets the bare surname.
      bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== id ? '' : id);
    }
    addRoles(id, roles(span));
  }
  // A person the gazetteer knows, written in full, is also the bare surname later in the text («محمود عباس …
  // وقال عباس»), though the gazetteer lists no surname alone for them (it could be another's given name).
  for (let t = 0; t < tokens.length; t += 1) {
    const covering = coveredBy[t];
    if (!covering?.entityId.startsWith('person:') || covering.firstToken !== t || covering.endToken - t < 2) continue;
    const surname = tokens[covering.endToken - 1]!.norm;
    if (surname.length >= 4 && !arabicIn(AR_STOP, surname)) bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== covering.entityId ? '' : covering.entityId);
    t = covering.endToken - 1;
  }
  for (const [surname, id] of bySurname) if (id) add([surname], id);

  const mentions: TokenMention[] = [...conjoined];
  const taken = new Set(conjoined.flatMap((m) => Array.from({ length: m.endToken - m.firstToken }, (_, k) => m.firstToken + k)));
  for (let t = 0; t < tokens.length; t += 1) {
    const candidates = byFirstNorm.get(tokens[t]!.norm);
    if (taken.size > 0 && taken.has(t)) continue;
    if (!candidates) continue;
    // Tokens of a full name may carry a country mention ("Jim Jordan", "Jordan Bardella"); extract drops it.
    const free = (i: number, length: number) => {
      const covering = coveredBy[i];
      if (!covering || length === 1) return !covering;
      // A country or a known person's bare surname inside a longer name ("Ivanka Trump").
      return covering.entityId.startsWith('country:') || (covering.entityId.startsWith('person:') && covering.endToken - covering.firstToken === 1);
    };
    const hit = candidates.find(({ norms }) => norms.every((norm, k) => tokens[t + k]?.norm === norm && free(t + k, norms.length)) && (norms.length > 1 || isBareSurname(t)));
    if (!hit) continue;
    const end = t + hit.norms.length;
    const start = tokens[t]!.start;
    const stop = tokens[end - 1]!.end;
    mentions.push({ entityId: hit.id, surface: text.slice(start, stop), start, end: stop, firstToken: t, endToken: end });
    t = end - 1;
  }
  mentions.sort((a, b) => a.start - b.start);
  // A name found only inside a longer one of the same text («Mathias Estrada» in «Jose Mathias Estrada»)
  // is that person: it has no mention of its own and is not kept.
  const mentioned = new Set(mentions.map((m) => m.entityId));
  return { people: [...people.values()].filter((p) => mentioned.has(p.id)), mentions, roles: rolesById };

  /** A surname alone is the person when written as a name: capitalised in Latin script, any Arabic. */
  function isBareSurname(t: number): boolean {
    const surface = tokens[t]!.surface;
    return isArabicScript(surface) || /^\p{Lu}/u.test(surface);
  }
}
