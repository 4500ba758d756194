/**
 * The brief's own words (headings, flags, counts, dates) in English and Arabic, shared by every
 * renderer so Markdown, Slack and Teams say the same thing. Lookups are typed: a missing key or a
 * missing translation is a compile error, not a blank in a subscriber's brief.
 * Returned strings are plain text; renderers escape them (and any entity names) for their format.
 */
import type { BriefEntity, BriefLang } from './brief-model.js';

interface LabelSet {
  title: string;
  period: (from: string, to: string) => string;
  nothingNew: (topic: string) => string;
  /** A brief of no topic whose period has no story. */
  nothingInPeriod: string;
  /** Above the latest stories before a quiet period, with the week they are from. */
  latestStories: (from: string, to: string) => string;
  stories: (n: number) => string;
  /** The week-on-week change, e.g. "▲ 3 vs last week"; "no change" when zero. */
  change: (delta: number) => string;
  reportedBy: string;
  languages: string;
  countries: string;
  actors: string;
  undated: string;
  undatedHint: string;
  alsoReported: string;
  mostMentioned: string;
  otherStories: string;
  /** A section lists fewer stories than it counts: the rest sit under a more specific topic or past the cut. */
  moreStories: (n: number) => string;
  /** Heading of the story list when the brief follows no topic. */
  topStories: string;
  /** Shown under a summary a language model wrote. */
  modelSummary: string;
  overview: (s: { articles: number; stories: number; sources: number }) => string;
  listSeparator: string;
  languageName: (code: string) => string;
  /** A story's menu, where a chat client has one: hide the story, or mute an outlet, for this conversation. */
  notRelevant: string;
  muteHere: (outlet: string) => string;
  /** A button that follows a topic named in the brief, where a chat client has buttons. */
  follow: (topic: string) => string;
}

const EN_LANGS: Record<string, string> = { en: 'English', ar: 'Arabic', fr: 'French', it: 'Italian', de: 'German', es: 'Spanish' };
const AR_LANGS: Record<string, string> = { en: 'الإنجليزية', ar: 'العربية', fr: 'الفرنسية', it: 'الإيطالية', de: 'الألمانية', es: 'الإسبانية' };

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Levantine/Iraqi month names are also common; these are the ones the Egyptian and Gulf press use.
const AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

export interface ArabicNoun {
  one: string;
  two: string;
  /** Plural used with 3–10 (and 103–110 …). */
  few: string;
  /** Accusative singular used with 11–99 and hundreds (tamyīz). */
  many: string;
}

/** Arabic number–noun agreement: 1 and 2 use the noun alone, 3–10 the plural, 11+ the singular. */
export function arCount(n: number, noun: ArabicNoun): string {
  if (n === 1) return noun.one;
  if (n === 2) return noun.two;
  const rest = n % 100;
  if (rest >= 3 && rest <= 10) return `${n} ${noun.few}`;
  return `${n} ${noun.many}`;
}

const AR_STORY: ArabicNoun = { one: 'قصة واحدة', two: 'قصتان', few: 'قصص', many: 'قصة' };
// Articles and sources only follow prepositions (من، في), hence the genitive dual.
const AR_ARTICLE: ArabicNoun = { one: 'مقال واحد', two: 'مقالين', few: 'مقالات', many: 'مقالًا' };
const AR_SOURCE: ArabicNoun = { one: 'مصدر واحد', two: 'مصدرين', few: 'مصادر', many: 'مصدرًا' };

function arStories(n: number): string {
  return n === 0 ? 'لا قصص' : arCount(n, AR_STORY);
}

/** English "1 story" / "3 stories". */
export function enCount(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const LABELS: Record<BriefLang, LabelSet> = {
  en: {
    title: 'Weekly migration brief',
    period: (from, to) => `${from} – ${to}`,
    nothingNew: (topic) => `Nothing new on ${topic} this week`,
    nothingInPeriod: 'No stories in this period',
    latestStories: (from, to) => `Latest stories, ${from} – ${to}:`,
    stories: (n) => enCount(n, 'story', 'stories'),
    change: (d) => (d > 0 ? `▲ ${d} vs last week` : d < 0 ? `▼ ${-d} vs last week` : 'no change vs last week'),
    reportedBy: 'Reported by',
    languages: 'Languages',
    countries: 'Countries',
    actors: 'Actors',
    undated: 'Undated',
    undatedHint: 'placed by when we received it',
    alsoReported: 'Also reported',
    mostMentioned: 'Most mentioned',
    otherStories: 'Other stories',
    moreStories: (n) => `${enCount(n, 'more story', 'more stories')} this week, under a more specific topic or beyond those shown`,
    topStories: 'Top stories',
    modelSummary: 'Summary written by a language model from the reports below; check the sources.',
    overview: (s) =>
      `${enCount(s.stories, 'story', 'stories')} from ${enCount(s.articles, 'article', 'articles')} in ${enCount(s.sources, 'source', 'sources')}`,
    listSeparator: ', ',
    languageName: (code) => EN_LANGS[code] ?? code,
    notRelevant: 'Not relevant',
    muteHere: (outlet) => `Mute ${outlet} here`,
    follow: (topic) => `Follow ${topic}`,
  },
  ar: {
    title: 'الموجز الأسبوعي للهجرة',
    period: (from, to) => `${from} – ${to}`,
    nothingNew: (topic) => `لا جديد بشأن ${topic} هذا الأسبوع`,
    nothingInPeriod: 'لا قصص في هذه الفترة',
    latestStories: (from, to) => `آخر القصص، ${from} – ${to}:`,
    stories: arStories,
    change: (d) =>
      d > 0 ? `▲ ${d} مقارنة بالأسبوع الماضي` : d < 0 ? `▼ ${-d} مقارنة بالأسبوع الماضي` : 'دون تغيير عن الأسبوع الماضي',
    reportedBy: 'المصادر',
    languages: 'اللغات',
    countries: 'الدول',
    actors: 'الجهات الفاعلة',
    undated: 'غير مؤرخ',
    undatedHint: 'رُتّب حسب وقت استلامه',
    alsoReported: 'تغطيات أخرى',
    mostMentioned: 'الأكثر ذكرًا',
    otherStories: 'قصص أخرى',
    moreStories: (n) => `عدد القصص الأخرى هذا الأسبوع: ${n} (ضمن موضوع أدق أو خارج ما يُعرض هنا)`,
    topStories: 'أبرز القصص',
    modelSummary: 'ملخص كتبه نموذج لغوي استنادًا إلى التقارير أدناه؛ يُرجى الرجوع إلى المصادر.',
    overview: (s) => `${arStories(s.stories)} من ${arCount(s.articles, AR_ARTICLE)} في ${arCount(s.sources, AR_SOURCE)}`,
    listSeparator: '، ',
    languageName: (code) => AR_LANGS[code] ?? code,
    notRelevant: 'غير مهم',
    muteHere: (outlet) => `كتم ${outlet} هنا`,
    follow: (topic) => `متابعة ${topic}`,
  },
};

export type LabelKey = keyof LabelSet;

/** The label set for a brief's language. */
export function labelsFor(lang: BriefLang): Readonly<LabelSet> {
  return LABELS[lang];
}

/** A single label by key, typed: `label('ar', 'nothingNew')('عملية الخرطوم')`. */
export function label<K extends LabelKey>(lang: BriefLang, key: K): LabelSet[K] {
  return LABELS[lang][key];
}

/** An entity's display name: Arabic briefs use `nameAr` when the gazetteer has one. */
export function entityName(entity: Pick<BriefEntity, 'name' | 'nameAr'>, lang: BriefLang): string {
  return lang === 'ar' && entity.nameAr !== undefined ? entity.nameAr : entity.name;
}

/** "2026-11-20" → "20 November 2026" / "20 نوفمبر 2026" (Western digits, as most Arabic news sites print). */
export function formatDay(day: string, lang: BriefLang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  const [, y, m, d] = match;
  const months = lang === 'ar' ? AR_MONTHS : EN_MONTHS;
  return `${Number(d)} ${months[Number(m) - 1] ?? m} ${y}`;
}

/**
 * A story's date from its ISO instant. Uses the UTC calendar day: briefs are weekly, and a renderer
 * has no subscriber time zone to hand; the digest job may pre-shift instants if it needs to.
 */
export function formatInstant(instant: string, lang: BriefLang): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return formatDay(date.toISOString().slice(0, 10), lang);
}
