/**
 * What the scale corpus (./scale-corpus.ts) is built from, read at run time from the real corpora
 * (../shared/corpus/articles.jsonl and articles-fr-ar.jsonl; their text never enters the repository):
 * per language, the articles cut into sentences, and in every sentence the countries, organisations
 * and people of the gazetteer it names, so a generated story can name other entities of the same kind.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadGazetteer } from '../src/entities/gazetteer.js';

export const SWAPPED_KINDS = ['country', 'organisation', 'person'] as const;
export type SwappedKind = (typeof SWAPPED_KINDS)[number];

/** A sentence as text between mentions: parts.length === mentions.length + 1. */
export interface Sentence {
  parts: string[];
  mentions: Array<{ kind: SwappedKind; id: string }>;
}

export interface BaseArticle {
  lang: string;
  topic: string;
  title: Sentence;
  sentences: Sentence[];
}

export interface LanguageSources {
  lang: string;
  articles: BaseArticle[];
  /** Sentences of the language by the corpus's topic label, for replacing sentences on the same subject. */
  byTopic: Map<string, Sentence[]>;
  outlets: string[];
  /** Entity ids named somewhere in this language, by kind: the pool a story's entities are drawn from. */
  entities: Record<SwappedKind, string[]>;
}

export interface ScaleSources {
  languages: Map<string, LanguageSources>;
  /** Every base article of every language, so a story's language follows the corpus's mix. */
  articles: BaseArticle[];
  /** An entity's name in a language (English where the gazetteer has none). */
  nameOf(id: string, lang: string): string;
}

// The bundled samples (the fallback without ../shared) carry no topic label and sometimes no source.
const corpusLine = z.object({ lang: z.string(), title: z.string(), text: z.string(), source: z.string().default('unknown'), topic: z.string().default('other') });

/** The gazetteer languages; others (German) use the English names, which German writes the same for people. */
const NAMED_LANGS = new Set(['en', 'ar', 'fr']);
/** Arabic proclitics glued to a name (و، ب، ل، ف، ك): «ومصر» still names Egypt. */
const ARABIC_PROCLITIC = /^[وبلفك]/u;
const WORD = /[\p{L}\p{N}]+/gu;
const LETTER = /[\p{L}\p{N}]/u;

/** The real corpora in a corpus directory (../shared/corpus), those of its two files that exist. */
export function corpusFiles(corpusDir: string): string[] {
  return ['articles.jsonl', 'articles-fr-ar.jsonl'].map((file) => join(corpusDir, file)).filter((path) => existsSync(path));
}

/** Reads JSONL corpus files (lang, title, text, source, topic per line). */
export function loadScaleSources(files: readonly string[]): ScaleSources {
  const gazetteer = loadGazetteer().filter((e): e is typeof e & { kind: SwappedKind } => (SWAPPED_KINDS as readonly string[]).includes(e.kind));
  const names = new Map(gazetteer.map((e) => [e.id, e.names]));
  const rows = files
    .flatMap((path) => readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== ''))
    .map((line) => corpusLine.parse(JSON.parse(line)));

  const languages = new Map<string, LanguageSources>();
  const articles: BaseArticle[] = [];
  for (const lang of [...new Set(rows.map((r) => r.lang))].sort()) {
    const finder = mentionFinder(gazetteer, NAMED_LANGS.has(lang) ? lang : 'en', lang === 'ar');
    const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    const entities: Record<SwappedKind, Set<string>> = { country: new Set(), organisation: new Set(), person: new Set() };
    const byTopic = new Map<string, Sentence[]>();
    const own: BaseArticle[] = [];
    for (const row of rows.filter((r) => r.lang === lang)) {
      const sentences = [...segmenter.segment(row.text)]
        .map((s) => s.segment.trim())
        // Rules and bylines ("_____", "—") add nothing a hash of words would see: a sentence has words.
        .filter((s) => s.length >= 20 && (s.match(WORD)?.length ?? 0) >= 4)
        .map(finder);
      if (sentences.length < 2) continue;
      for (const s of sentences) for (const m of s.mentions) entities[m.kind].add(m.id);
      byTopic.set(row.topic, [...(byTopic.get(row.topic) ?? []), ...sentences]);
      own.push({ lang, topic: row.topic, title: finder(row.title.trim()), sentences });
    }
    languages.set(lang, {
      lang,
      articles: own,
      byTopic,
      outlets: [...new Set(rows.filter((r) => r.lang === lang).map((r) => r.source))].sort(),
      entities: { country: [...entities.country].sort(), organisation: [...entities.organisation].sort(), person: [...entities.person].sort() },
    });
    articles.push(...own);
  }
  return {
    languages,
    articles,
    nameOf(id, lang) {
      const n = names.get(id);
      if (!n) throw new Error(`no gazetteer entity ${id}`);
      return (lang === 'ar' || lang === 'fr' ? n[lang] : undefined) ?? n.en;
    },
  };
}

/**
 * Finds the primary names of the gazetteer's countries, organisations and people in a sentence by
 * looking up each word's candidates (a word-indexed scan stays linear where one regular expression
 * of 3,000 names would try them all at every position).
 */
function mentionFinder(entities: ReadonlyArray<{ id: string; kind: SwappedKind; names: { en: string; ar?: string | undefined; fr?: string | undefined } }>, lang: string, arabic: boolean): (text: string) => Sentence {
  const byFirstWord = new Map<string, Array<{ name: string; id: string; kind: SwappedKind }>>();
  for (const e of entities) {
    const name = lang === 'ar' || lang === 'fr' ? e.names[lang] : e.names.en;
    if (!name || name.length < 3) continue;
    const first = name.match(WORD)?.[0];
    if (!first || !name.startsWith(first)) continue;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { name, id: e.id, kind: e.kind }]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.name.length - a.name.length);
  return (text) => {
    const sentence: Sentence = { parts: [], mentions: [] };
    let done = 0;
    for (const word of text.matchAll(WORD)) {
      if (word.index < done) continue;
      const stripped = arabic && ARABIC_PROCLITIC.test(word[0]) ? word[0].slice(1) : undefined;
      for (const [candidateWord, at] of [[word[0], word.index], ...(stripped ? [[stripped, word.index + 1] as const] : [])] as const) {
        const hit = byFirstWord.get(candidateWord)?.find((c) => text.startsWith(c.name, at) && !LETTER.test(text.charAt(at + c.name.length)));
        if (!hit) continue;
        sentence.parts.push(text.slice(done, at));
        sentence.mentions.push({ kind: hit.kind, id: hit.id });
        done = at + hit.name.length;
        break;
      }
    }
    sentence.parts.push(text.slice(done));
    return sentence;
  };
}
