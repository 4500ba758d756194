/**
 * The canonical entity model: countries, people, organisations, processes and themes, each with an id,
 * names in English and Arabic (French where known) and the aliases outlets actually use.
 * Gazetteer data files, user-tracked topics and people found in text all become EntityRecords.
 */
import { z } from 'zod';

export const ENTITY_KINDS = ['country', 'person', 'organisation', 'process', 'theme'] as const;
export const entityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof entityKindSchema>;

export const entityOriginSchema = z.enum(['gazetteer', 'user', 'text']);
export type EntityOrigin = z.infer<typeof entityOriginSchema>;

export const aliasSchema = z.object({
  text: z.string().min(1),
  /** 'ar' | 'en' | 'fr' | …, or undefined for language-neutral strings such as acronyms. */
  lang: z.string().min(2).max(8).optional(),
  /** Acronyms such as "UN", "IOM", "US" match only when written in capitals ("us" is a pronoun). */
  caseSensitive: z.boolean().optional(),
});
export type Alias = z.infer<typeof aliasSchema>;

export const entityRecordSchema = z.object({
  /** Stable id: 'country:EG', 'org:iom', 'process:khartoum', 'theme:smuggling', 'person:<slug>', 'topic:<slug>'. */
  id: z.string().regex(/^[a-z]+:[\p{L}\p{N}_.-]+$/u, 'ids look like kind:slug'),
  kind: entityKindSchema,
  names: z.object({ en: z.string().min(1), ar: z.string().min(1).optional(), fr: z.string().min(1).optional() }),
  /** ISO 3166-1 alpha-2, for countries only. */
  countryCode: z.string().length(2).optional(),
  aliases: z.array(aliasSchema),
  origin: entityOriginSchema,
});
export type EntityRecord = z.infer<typeof entityRecordSchema>;

/** One occurrence of an entity in a text. */
export interface Mention {
  entityId: string;
  /** The text exactly as written (with clitics, diacritics), e.g. "بليبيا". */
  surface: string;
  start: number;
  end: number;
}

/** What an article says a person is, as written: a title, the organisation or country it is with, or both. */
export const personRoleSchema = z.object({ title: z.string().nullable(), organisation: z.string().nullable() });
export type PersonRole = z.infer<typeof personRoleSchema>;
