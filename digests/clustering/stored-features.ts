/**
 * An article's clustering features as stored beside it (story_features), so that an article arriving
 * later is scored against it without reading and tokenising its text again. Everything pairScore
 * reads is kept; the text itself is not.
 */
import type { Features, StoryCandidate } from './features.js';

export interface StoredFeatures {
  lang: string;
  source?: string;
  time: string;
  terms: Array<[string, number]>;
  lead: Array<[string, number]>;
  title: string[];
  numbers: string[];
  titleNumbers: string[];
  entities: string[];
}

// Read on every arrival for each candidate: a shape check of the top level, not a schema walk of every term.
function isStoredFeatures(value: unknown): value is StoredFeatures {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.lang === 'string' &&
    typeof v.time === 'string' &&
    (v.source === undefined || typeof v.source === 'string') &&
    ['terms', 'lead', 'title', 'numbers', 'titleNumbers', 'entities'].every((k) => Array.isArray(v[k]))
  );
}

export function storedFeatures(f: Features): string {
  const stored: StoredFeatures = {
    lang: f.candidate.lang,
    ...(f.candidate.source !== undefined ? { source: f.candidate.source } : {}),
    time: f.candidate.time,
    terms: [...f.terms],
    lead: [...f.leadTerms],
    title: [...f.titleTerms],
    numbers: [...f.numbers],
    titleNumbers: [...f.titleNumbers],
    entities: [...f.entities],
  };
  return JSON.stringify(stored);
}

/** The features as restoreFeatures gives them back: the same, without the title and text they were read from. */
export function asRestored(f: Features): Features {
  return { ...f, candidate: { ...f.candidate, title: '', text: '', entityIds: [...f.entities] } };
}

/** The features back, under a new batch index; null when the JSON is not ours (then the article is not a candidate). */
export function restoreFeatures(articleId: string, json: string, index: number): Features | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isStoredFeatures(parsed)) return null;
  const s = parsed;
  const candidate: StoryCandidate = { id: articleId, title: '', text: '', lang: s.lang, time: s.time, entityIds: s.entities, ...(s.source !== undefined ? { source: s.source } : {}) };
  return {
    index,
    candidate,
    day: Date.parse(s.time) / 86_400_000,
    terms: new Map(s.terms),
    titleTerms: new Set(s.title),
    leadTerms: new Map(s.lead),
    numbers: new Set(s.numbers),
    titleNumbers: new Set(s.titleNumbers),
    entities: new Set(s.entities),
  };
}
