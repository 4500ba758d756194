/**
 * The one platform-neutral weekly brief: the week's stories grouped under a subscriber's topics.
 * Markdown (CLI/e-mail), Slack Block Kit and Teams Adaptive Card renderers all consume this model, so
 * it is validated once here (zod schemas; the TypeScript types are inferred from them) and renderers
 * can trust its shape. They must NOT trust its text: titles, summaries and names come from articles
 * and are escaped by each renderer for its own format.
 */
import { z } from 'zod';
import { InvalidInput } from '../../src/errors.js';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// An ISO 8601 instant with an explicit zone, as Date#toISOString and the storage layer produce.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const isRealDate = (value: string): boolean => !Number.isNaN(Date.parse(value));

export const IsoDay = z
  .string()
  .regex(DAY, { error: 'expected a date as YYYY-MM-DD', abort: true })
  .refine((v) => isRealDate(`${v}T00:00:00Z`) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    error: 'not a real calendar date',
  });

export const IsoInstant = z
  .string()
  .regex(INSTANT, { error: 'expected an ISO 8601 date-time with a zone, e.g. 2026-11-20T09:30:00Z', abort: true })
  .refine(isRealDate, { error: 'not a real date-time' });

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

/** Article links: http(s) and file (ingested local files) only; `javascript:`, `data:` etc. are rejected. */
export const ArticleUrl = z.string().refine(
  (value) => {
    if (/[\u0000-\u001f\u007f]/.test(value)) return false;
    try {
      return SAFE_PROTOCOLS.has(new URL(value).protocol);
    } catch {
      return false;
    }
  },
  { error: 'expected an absolute http(s) or file URL' },
);

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });
const count = z.number().int().nonnegative();

export const BriefArticleSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  url: ArticleUrl,
  source: z.string().nullable(),
  lang: nonEmpty,
});

export const EntityKindSchema = z.enum(['country', 'person', 'organisation', 'process', 'theme']);

const EntityFields = z.object({
  id: nonEmpty,
  kind: EntityKindSchema,
  /** English name; also the fallback in an Arabic brief when `nameAr` is missing. */
  name: nonEmpty,
  nameAr: nonEmpty.optional(),
  /** ISO 3166-1 alpha-2, for countries. */
  code: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code such as LY' }).optional(),
});

const onlyCountriesHaveCodes = (e: { kind: string; code?: string | undefined }): boolean =>
  e.code === undefined || e.kind === 'country';

export const BriefEntitySchema = EntityFields.refine(onlyCountriesHaveCodes, {
  error: 'only a country has a code',
  path: ['code'],
});

/** A "most mentioned" entry: the entity and how many stories this week mention it. */
export const CountedEntitySchema = EntityFields.extend({ count }).refine(onlyCountriesHaveCodes, {
  error: 'only a country has a code',
  path: ['code'],
});

export const BriefStorySchema = z.object({
  id: nonEmpty,
  headline: nonEmpty,
  summary: z.string(),
  /** When the story happened (ISO instant), or null when no article carried a date. */
  published: IsoInstant.nullable(),
  /** True when the story was placed in the week by ingestion time: renderers flag it. */
  undated: z.boolean(),
  /** The first article is the story's main link. */
  articles: z.array(BriefArticleSchema).min(1, { error: 'a story needs at least one article' }),
  sources: z.array(nonEmpty),
  languages: z.array(nonEmpty),
  countries: z.array(BriefEntitySchema),
  actors: z.array(BriefEntitySchema),
  /** 'model' when a language model wrote the summary (renderers say so); otherwise the outlet's own sentences. */
  summaryBy: z.enum(['extract', 'model']).optional(),
}).refine((story) => story.published !== null || story.undated, {
  error: 'a story without a published date must be flagged undated',
  path: ['undated'],
});

const PeriodSchema = z
  .object({ from: IsoDay, to: IsoDay })
  .refine((p) => p.from <= p.to, { error: 'period starts after it ends', path: ['to'] });

/**
 * A period with no story is not an empty answer: the latest stories before it, from the week that ended
 * with the newest earlier one, shown with their dates under a line saying they are older.
 */
export const BriefLatestSchema = z.object({ period: PeriodSchema, stories: z.array(BriefStorySchema).min(1) });

export const BriefSectionSchema = z
  .object({
    topic: BriefEntitySchema,
    /** Empty is meaningful: "nothing new on this topic this week". */
    stories: z.array(BriefStorySchema),
    count,
    previousCount: count,
    change: z.number().int(),
    /** Only when the period has no story on the topic (count 0). */
    latest: BriefLatestSchema.optional(),
  })
  .superRefine((section, ctx) => {
    if (section.latest !== undefined && section.count > 0) {
      ctx.addIssue({ code: 'custom', path: ['latest'], message: `latest stories belong to a section with no story this period, not one counting ${section.count}` });
    }
    if (section.change !== section.count - section.previousCount) {
      ctx.addIssue({
        code: 'custom',
        path: ['change'],
        message: `change must be count - previousCount (${section.count - section.previousCount}), got ${section.change}`,
      });
    }
    if (section.count < section.stories.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['count'],
        message: `count (${section.count}) is less than the ${section.stories.length} stories listed`,
      });
    }
  });

export const BriefLangSchema = z.enum(['en', 'ar']);

const DIRECTION = { en: 'ltr', ar: 'rtl' } as const;

export const BriefSchema = z
  .object({
    version: z.literal(1),
    lang: BriefLangSchema,
    direction: z.enum(['ltr', 'rtl']),
    period: PeriodSchema,
    previousPeriod: PeriodSchema,
    generatedAt: IsoInstant,
    sections: z.array(BriefSectionSchema),
    /** Stories outside every followed topic; optional because many subscribers do not want them. */
    otherStories: z.array(BriefStorySchema).optional(),
    topActors: z.array(CountedEntitySchema),
    topCountries: z.array(CountedEntitySchema),
    /** Only when the brief follows no topic and the period has no story at all: the latest ones before it. */
    latest: BriefLatestSchema.optional(),
    stats: z.object({
      articles: count,
      stories: count,
      sources: count,
      languages: z.record(z.string(), count),
    }),
  })
  .superRefine((brief, ctx) => {
    if (brief.latest !== undefined && (brief.stats.stories > 0 || brief.sections.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['latest'], message: 'latest stories belong to a brief of no topic whose period has no story' });
    }
    const expected = DIRECTION[brief.lang];
    if (brief.direction !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['direction'],
        message: `direction must be "${expected}" for lang "${brief.lang}", got "${brief.direction}"`,
      });
    }
    if (brief.previousPeriod.to >= brief.period.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['previousPeriod', 'to'],
        message: 'previousPeriod must end before period starts',
      });
    }
    // A story belongs to one place in the brief; a second appearance would be double-counted and shown twice.
    const seen = new Map<string, string>();
    const place = (storyId: string, where: string, path: (string | number)[]): void => {
      const first = seen.get(storyId);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `story "${storyId}" appears in ${first} and again in ${where}; a story belongs to at most one section`,
        });
      } else {
        seen.set(storyId, where);
      }
    };
    brief.sections.forEach((section, i) => {
      section.stories.forEach((story, j) => {
        place(story.id, `section "${section.topic.id}"`, ['sections', i, 'stories', j, 'id']);
      });
    });
    brief.otherStories?.forEach((story, j) => place(story.id, 'otherStories', ['otherStories', j, 'id']));
  });

export type BriefArticle = z.infer<typeof BriefArticleSchema>;
export type EntityKind = z.infer<typeof EntityKindSchema>;
export type BriefEntity = z.infer<typeof BriefEntitySchema>;
export type CountedEntity = z.infer<typeof CountedEntitySchema>;
export type BriefStory = z.infer<typeof BriefStorySchema>;
export type BriefSection = z.infer<typeof BriefSectionSchema>;
export type BriefLatest = z.infer<typeof BriefLatestSchema>;
export type BriefLang = z.infer<typeof BriefLangSchema>;
export type Brief = z.infer<typeof BriefSchema>;

/** Validates an untrusted value (e.g. JSON from the digest job) as a brief; throws InvalidInput with readable issues. */
export function parseBrief(value: unknown): Brief {
  const result = BriefSchema.safeParse(value);
  if (!result.success) {
    throw new InvalidInput(`invalid brief:\n${z.prettifyError(result.error)}`, { cause: result.error });
  }
  return result.data;
}

export function directionFor(lang: BriefLang): 'ltr' | 'rtl' {
  return DIRECTION[lang];
}
