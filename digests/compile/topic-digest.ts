/**
 * A topic's compiled summary for one period and language — what compiled_summaries stores and what
 * briefs, topic cards and alerts reuse: the topic's stories (ranked, already rendered into the brief
 * model), how many there were, and how many the period before had. Validated on the way back in, so
 * a row written by an older version is recompiled rather than trusted.
 */
import { z } from 'zod';
import { BriefEntitySchema, BriefLangSchema, BriefStorySchema, IsoDay, IsoInstant } from '../brief/brief-model.js';

const count = z.number().int().nonnegative();
const PeriodSchema = z.object({ from: IsoDay, to: IsoDay });

export const CompiledStorySchema = z.object({
  story: BriefStorySchema,
  about: z.array(z.string()),
  articleCount: count,
  /** Articles per language, all of them (the story lists at most a few links). */
  languageCounts: z.record(z.string(), count),
  /** 'model' when an LLM wrote the summary; 'extract' when it is the outlet's own sentences. */
  summaryBy: z.enum(['extract', 'model']),
});

/** '*' is the scope of a digest over every topic (a brief with no followed topics). */
export const ALL_TOPICS = '*';

export const TopicDigestSchema = z.object({
  version: z.literal(1),
  scope: z.string().min(1),
  topic: BriefEntitySchema.nullable(),
  lang: BriefLangSchema,
  period: PeriodSchema,
  previousPeriod: PeriodSchema,
  /** Stories about the topic in the period, and in the period before: all of them, not just those stored. */
  count,
  previousCount: count,
  /** The most important stories first; at most the compile's story cap. */
  stories: z.array(CompiledStorySchema),
  compiledAt: IsoInstant,
});

export type CompiledStory = z.infer<typeof CompiledStorySchema>;
export type TopicDigest = z.infer<typeof TopicDigestSchema>;

export function parseTopicDigest(json: string): TopicDigest | null {
  try {
    const result = TopicDigestSchema.safeParse(JSON.parse(json));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
