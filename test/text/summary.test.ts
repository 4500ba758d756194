/**
 * summarise on hand-written articles (what it picks, what it skips, how it cuts) and on every real
 * corpus article (2–3 original sentences, in the article's language, not merely the lead).
 * Also covers the stopword sets it relies on.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';
import { splitSentences } from '../../src/text/sentences.js';
import { ARABIC_STOPWORDS, ENGLISH_STOPWORDS, FRENCH_STOPWORDS, isStopword } from '../../src/text/stopwords.js';
import { summarise, summarySentences } from '../../src/text/summary.js';
import { corpusArticles, hasCorpus } from '../support/shared-corpus.js';

const ENGLISH_TITLE = 'Port Salem opens new reception centre for migrants';
const ENGLISH = [
  'By Jane Doe, Harbour Daily',
  'PORT SALEM — The regional government opened a new reception centre for migrants on Monday, doubling the number of beds near the harbour.',
  'The weather stayed warm and sunny for most of the long weekend.',
  'Officials said the reception centre will house up to 400 migrants while their asylum claims are processed.',
  '(Photo by Sam Lee/Harbour Daily) Volunteers unloaded blankets and food at the new site.',
  'Read more: Ten things to know about the summer harbour festival.',
  'The local football club won its third match in a row on Saturday evening.',
  'Aid groups welcomed the reception centre but warned that migrants arriving by boat still wait days for medical checks.',
  'Share this!',
].join('\n');

const ARABIC_TITLE = 'افتتاح مركز جديد لاستقبال المهاجرين في صفاقس';
const ARABIC = [
  'اقرأ أيضا: مهرجان الصيف يعود إلى العاصمة بعد غياب طويل',
  'افتتحت السلطات التونسية يوم الاثنين مركزا جديدا لاستقبال المهاجرين في مدينة صفاقس، بطاقة تصل إلى ثلاثمئة سرير.',
  'وكان الطقس مشمسا ومعتدلا طوال عطلة نهاية الأسبوع في معظم المناطق الساحلية.',
  'وقال مسؤول في وزارة الشؤون الاجتماعية إن المركز سيؤوي المهاجرين وطالبي اللجوء إلى حين دراسة ملفاتهم.',
  'وفاز فريق كرة القدم المحلي بمباراته الثالثة على التوالي أمام جمهور كبير في الملعب البلدي.',
  'ورحبت منظمات الإغاثة بالمركز الجديد للمهاجرين، لكنها حذرت من أن الوافدين عبر البحر ينتظرون أياما للفحوص الطبية.',
  'مصدر الصورة: رويترز',
].join('\n');

const FRENCH_TITLE = 'Un nouveau centre d’accueil pour les migrants ouvre à Marseille';
const FRENCH = [
  'La préfecture a ouvert lundi un nouveau centre d’accueil pour les migrants dans le nord de Marseille.',
  'Il faisait beau et chaud pendant tout le week-end sur la côte.',
  'Selon les autorités, le centre pourra héberger jusqu’à trois cents migrants pendant l’examen de leur demande d’asile.',
  'À lire aussi : dix choses à savoir sur le festival de musique.',
  'Le club de football local a remporté son troisième match consécutif samedi soir.',
  'Les associations saluent l’ouverture du centre mais rappellent que les migrants arrivés par la mer attendent encore des jours avant un examen médical.',
].join('\n');

describe('summarise: hand-written articles', () => {
  it('picks the central English sentences, in order, and skips bylines, promos and asides', () => {
    const sentences = summarySentences(ENGLISH, 'en', { title: ENGLISH_TITLE });
    expect(sentences).toEqual([
      'PORT SALEM — The regional government opened a new reception centre for migrants on Monday, doubling the number of beds near the harbour.',
      'Officials said the reception centre will house up to 400 migrants while their asylum claims are processed.',
      'Aid groups welcomed the reception centre but warned that migrants arriving by boat still wait days for medical checks.',
    ]);
    expect(summarise(ENGLISH, 'en', { title: ENGLISH_TITLE })).toBe(sentences.join(' '));
  });

  it('picks the central Arabic sentences and skips "اقرأ أيضا" and photo credits', () => {
    const summary = summarySentences(ARABIC, 'ar', { title: ARABIC_TITLE });
    expect(summary).toEqual([
      'افتتحت السلطات التونسية يوم الاثنين مركزا جديدا لاستقبال المهاجرين في مدينة صفاقس، بطاقة تصل إلى ثلاثمئة سرير.',
      'وقال مسؤول في وزارة الشؤون الاجتماعية إن المركز سيؤوي المهاجرين وطالبي اللجوء إلى حين دراسة ملفاتهم.',
      'ورحبت منظمات الإغاثة بالمركز الجديد للمهاجرين، لكنها حذرت من أن الوافدين عبر البحر ينتظرون أياما للفحوص الطبية.',
    ]);
    expect(detectLanguage(summary.join(' '))).toBe('ar');
  });

  it('summarises French in French', () => {
    const summary = summarise(FRENCH, 'fr', { title: FRENCH_TITLE });
    expect(summary).toContain('La préfecture a ouvert lundi');
    expect(summary).not.toContain('festival');
    expect(summary).not.toContain('football');
    expect(detectLanguage(summary)).toBe('fr');
  });

  it('summarises an OrangeSum-style French page in 2–3 of its own sentences, without its subheadings', () => {
    const text = [
      "Près de 200 exilés ont été secourus jeudi en Manche, a indiqué la préfecture maritime.Les embarcations, surchargées, avaient quitté les plages du Pas-de-Calais avant l'aube.",
      "UNE NUIT SOUS TENSION SUR LE LITTORALLes sauveteurs de la SNSM ont été appelés à trois reprises.« Nous n'avions jamais vu autant de départs en une nuit », a confié un bénévole.",
      "Les associations réclament l'ouverture d'un centre d'accueil à Calais.Crédit photo : AFP",
    ].join('');
    const sentences = summarySentences(text, 'fr', { title: 'Manche : près de 200 exilés secourus en une nuit' });
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    for (const sentence of sentences) {
      expect(text).toContain(sentence);
      expect(sentence).not.toMatch(/NUIT SOUS TENSION|Crédit photo/);
    }
    expect(sentences[0]).toBe('Près de 200 exilés ont été secourus jeudi en Manche, a indiqué la préfecture maritime.');
  });

  it('matches Arabic words through their clitics (للمهاجرين ~ المهاجرين, بليبيا ~ ليبيا)', () => {
    const text = [
      'وشهدت العاصمة أمطارا غزيرة صباح اليوم أدت إلى إغلاق عدد من الطرق الرئيسية.',
      'وفاز الفريق المحلي بمباراته الثالثة على التوالي أمام جمهور كبير في الملعب.',
      'وأعلنت وزارة الداخلية أن المهاجرين في ليبيا سيحصلون على مساكن جديدة خلال الشهر المقبل.',
      'وافتتح معرض للكتاب أبوابه أمام الزوار في قصر المؤتمرات وسط المدينة.',
    ].join(' ');
    // No title word appears in the text as written; only the clitic-stripped forms meet.
    const title = 'وعود للمهاجرين بليبيا';
    expect(summarise(text, 'ar', { title, sentences: 1 })).toBe(
      'وأعلنت وزارة الداخلية أن المهاجرين في ليبيا سيحصلون على مساكن جديدة خلال الشهر المقبل.',
    );
  });

  it('honours an explicit sentence count', () => {
    expect(summarySentences(ENGLISH, 'en', { title: ENGLISH_TITLE, sentences: 2 })).toHaveLength(2);
    expect(summarySentences(ENGLISH, 'en', { sentences: 1 })).toHaveLength(1);
  });

  it('works without a title', () => {
    const sentences = summarySentences(ENGLISH, 'en');
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    expect(sentences.join(' ')).not.toMatch(/weather|football|Read more|Share this/);
  });

  it('is deterministic', () => {
    expect(summarise(ARABIC, 'ar', { title: ARABIC_TITLE })).toBe(summarise(ARABIC, 'ar', { title: ARABIC_TITLE }));
  });

  it('returns what there is for short texts and nothing for empty ones', () => {
    expect(summarise('', 'en')).toBe('');
    expect(summarise('  \n ', 'ar')).toBe('');
    expect(summarise('Migrants rescued.', 'en')).toBe('Migrants rescued.');
    const two = 'The centre opened on Monday with two hundred beds. It will stay open all winter for new arrivals.';
    expect(summarise(two, 'en')).toBe(two);
  });

  it('cuts a run-on sentence at a word boundary near 400 characters with "…"', () => {
    const runOn = `The committee heard ${Array.from({ length: 60 }, (_, i) => `witness number ${i + 1}`).join(', ')} before it adjourned.`;
    expect(runOn.length).toBeGreaterThan(800);
    const [cut] = summarySentences(runOn, 'en');
    expect(cut).toBeDefined();
    expect(cut?.endsWith('…')).toBe(true);
    const kept = (cut ?? '').slice(0, -1);
    expect(kept.length).toBeLessThanOrEqual(400);
    expect(runOn.startsWith(kept)).toBe(true);
    expect(runOn[kept.length]).toMatch(/[\s,]/);
  });
});

describe('stopwords', () => {
  it('hold normalised Arabic and stemmed English and French keys', () => {
    expect(ARABIC_STOPWORDS.has('الي')).toBe(true); // إلى
    expect(ARABIC_STOPWORDS.has('التي')).toBe(true);
    expect(ENGLISH_STOPWORDS.has('thi')).toBe(true); // Porter stem of "this"
    expect(FRENCH_STOPWORDS.has('etre')).toBe(true); // être
  });

  it('recognise Arabic stopwords behind clitics, and leave content words alone', () => {
    expect(isStopword('وفي', 'ar')).toBe(true);
    expect(isStopword('لهذا', 'ar')).toBe(true);
    expect(isStopword('وقال', 'ar')).toBe(true);
    expect(isStopword('والمهاجرين', 'ar')).toBe(false);
    expect(isStopword('the', 'en')).toBe(true);
    expect(isStopword('was', 'en')).toBe(true);
    expect(isStopword('migrants', 'en')).toBe(false);
    expect(isStopword('dans', 'fr')).toBe(true);
    expect(isStopword('frontiere', 'fr')).toBe(false);
  });
});

describe.skipIf(!hasCorpus)('summarise on the shared corpus', () => {
  const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

  it('gives 2–3 original sentences in the article language, and not just the lead', () => {
    let differsFromLead = 0;
    const lengths: Record<number, number> = {};
    for (const article of corpusArticles()) {
      const sentences = summarySentences(article.text, article.lang, { title: article.title });
      const available = splitSentences(article.text, article.lang);
      lengths[sentences.length] = (lengths[sentences.length] ?? 0) + 1;
      expect(sentences.length).toBeGreaterThanOrEqual(Math.min(2, available.length));
      expect(sentences.length).toBeLessThanOrEqual(3);

      const body = squash(article.text);
      for (const sentence of sentences) {
        expect(sentence.length).toBeLessThanOrEqual(401);
        const original = squash(sentence.endsWith('…') ? sentence.slice(0, -1) : sentence);
        expect(body, `${article.id}: ${original}`).toContain(original);
      }

      const summary = sentences.join(' ');
      expect(summary).toBe(summarise(article.text, article.lang, { title: article.title }));
      if (article.lang === 'ar' || article.lang === 'en') expect(detectLanguage(summary), article.id).toBe(article.lang);
      if (squash(summary) !== squash(available.slice(0, sentences.length).join(' '))) differsFromLead++;
    }
    const total = corpusArticles().length;
    console.info(`[summary] sentence counts ${JSON.stringify(lengths)}; ${differsFromLead}/${total} differ from the lead`);
    expect(differsFromLead / total).toBeGreaterThan(0.2);
  });
});

describe('summarise: very long input', () => {
  it('scores only the beginning of a very long text and still returns whole sentences', () => {
    const paragraph = 'Officials counted the new arrivals at the harbour again on Tuesday morning. ';
    const text = `The ministry published its monthly migration report on Friday. ${paragraph.repeat(2000)}`;
    expect(text.length).toBeGreaterThan(100_000);
    const sentences = summarySentences(text, 'en');
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    for (const sentence of sentences) expect(text).toContain(sentence);
  });
});
