/**
 * The understanding dev set (issue 14): real articles of ../shared/corpus in Arabic, English and
 * French, labelled by hand as a migration desk reads them — relevance, countries (with the traps seen),
 * organisations and processes, themes, people with their roles — plus search queries with the articles
 * that answer them. dev-set.json stores ids, labels and the short name forms people are written with,
 * never article text; its conventions say what counts. Articles marked `holdout` are never looked at
 * while tuning: their figures are the fair estimate.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const LANGS = ['ar', 'en', 'fr'] as const;
/**
 * The themes LABELLING.md lists, which every labeller considered for every article. Theme figures are
 * scored on these only: a theme outside the list (immigration detention) was labelled by one labeller in a
 * few articles, so a finding of it elsewhere cannot be judged right or wrong from the labels.
 */
export const SCORED_THEMES: ReadonlySet<string> = new Set([
  'theme:smuggling', 'theme:trafficking', 'theme:forced-labour', 'theme:asylum', 'theme:refugees', 'theme:returns', 'theme:border-security',
  'theme:legal-pathways', 'theme:labour-migration', 'theme:climate-displacement', 'theme:irregular-migration', 'theme:sea-crossings', 'theme:integration',
]);
export type Lang = (typeof LANGS)[number];

/** What the article says the person is: a title, the organisation or country it is with, or both. */
const roleSchema = z
  .object({ title: z.string().min(1).nullable(), organisation: z.string().min(1).nullable() })
  .refine((role) => role.title !== null || role.organisation !== null, 'a role has a title, an organisation or both');

const personSchema = z.object({
  /** The usual Latin-script full name ("Matteo Salvini"). */
  name: z.string().min(2),
  /** The gazetteer's id, when the person is in src/entities/gazetteer/people.json. */
  known: z.string().regex(/^person:/).optional(),
  /** Every way this article writes the person, exactly ("ماتيو سالفيني", "سالفيني"). */
  forms: z.array(z.string().min(2)).min(1),
  roles: z.array(roleSchema),
});

const articleSchema = z.object({
  id: z.string().min(3),
  lang: z.enum(LANGS),
  holdout: z.boolean(),
  /** About migration at all (a main subject, not a passing mention). */
  relevant: z.boolean(),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  /** Gazetteer ids (org:…, process:…), or ids named in `newOrganisations` for those it lacks. */
  organisations: z.array(z.string().regex(/^(org|process):[a-z0-9-]+$/)),
  newOrganisations: z.record(z.string(), z.string()).default({}),
  themes: z.array(z.string().regex(/^theme:[a-z0-9-]+$/)),
  people: z.array(personSchema),
  /** Strings a careless tagger would take for a person: an NGO named like a phrase, a ship, a place. */
  notPeople: z.array(z.string()).default([]),
  /** Strings a naive matcher would take for a country: a process or treaty named after a place, a region. */
  countryTraps: z.array(z.string()).default([]),
  notes: z.string().default(''),
});

const querySchema = z.object({
  query: z.string().min(1),
  lang: z.enum(LANGS),
  /** What the query names: a topic (organisation, process, country, person), a theme, or free text. */
  kind: z.enum(['organisation', 'process', 'country', 'person', 'theme', 'free']),
  /** Never run while tuning search (a hash of the query chose it). */
  holdout: z.boolean(),
  /** The dev-set articles that answer it, in any language. */
  relevant: z.array(z.string()).min(1),
});

export const devSetSchema = z
  .object({
    description: z.string(),
    conventions: z.array(z.string()),
    articles: z.array(articleSchema).min(1),
    queries: z.array(querySchema).default([]),
  })
  .superRefine((set, context) => {
    const ids = new Set(set.articles.map((a) => a.id));
    if (ids.size !== set.articles.length) context.addIssue({ code: 'custom', message: 'an article id is listed twice' });
    for (const [i, query] of set.queries.entries()) {
      for (const id of query.relevant) if (!ids.has(id)) context.addIssue({ code: 'custom', path: ['queries', i, 'relevant'], message: `${id} is not a dev-set article` });
    }
  });

/**
 * new-organisation-forms.json: for bodies the gazetteer lacks (an article's newOrganisations), the exact
 * ways the article writes the name, kept apart from dev-set.json. Keyed by article id, then label id.
 */
const organisationFormsSchema = z.object({
  description: z.string(),
  articles: z.record(z.string(), z.record(z.string().regex(/^(org|process):[a-z0-9-]+$/), z.array(z.string().min(2)).min(1))),
});

type ParsedDevSet = z.infer<typeof devSetSchema>;
/** Each article with the forms of its bodies the gazetteer lacks, by label id (empty when none). */
export type DevArticle = ParsedDevSet['articles'][number] & { organisationForms: Record<string, string[]> };
export type DevSet = Omit<ParsedDevSet, 'articles'> & { articles: DevArticle[] };
export type DevPerson = DevArticle['people'][number];
export type DevQuery = DevSet['queries'][number];

export function loadDevSet(url: URL = new URL('./dev-set.json', import.meta.url), formsUrl: URL = new URL('./new-organisation-forms.json', import.meta.url)): DevSet {
  const set = devSetSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
  const forms = organisationFormsSchema.parse(JSON.parse(readFileSync(formsUrl, 'utf8'))).articles;
  const ids = new Set(set.articles.map((a) => a.id));
  const strays = Object.keys(forms).filter((id) => !ids.has(id));
  if (strays.length > 0) throw new Error(`new-organisation-forms.json: not dev-set articles: ${strays.join(', ')}`);
  return { ...set, articles: set.articles.map((article) => ({ ...article, organisationForms: forms[article.id] ?? {} })) };
}
