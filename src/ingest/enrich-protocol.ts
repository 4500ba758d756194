/** Messages between the ingestion pipeline and its enrichment workers (structured-clone safe). */
import type { EntityRecord } from '../entities/types.js';
import type { EnrichedArticle } from './enrich.js';
import type { ArticleDraft } from './types.js';

export type WorkerRequest =
  | { type: 'init'; records: EntityRecord[]; blockers: string[] }
  | { type: 'enrich'; id: number; draft: ArticleDraft };

export type WorkerReply = { id: number; ok: true; article: EnrichedArticle } | { id: number; ok: false; message: string };
