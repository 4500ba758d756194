/**
 * detectLanguage on hand-written sentences and headlines, then on the real shared corpus (bodies,
 * headlines alone) and the real Urdu and French feeds, where it must agree with the source's label.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';
import { corpusArticles, corpusFeed, hasCorpus } from '../support/shared-corpus.js';

describe('detectLanguage: hand-written text', () => {
  it.each([
    ['ar', 'أعلنت السلطات الليبية أنها أنقذت أكثر من مئة مهاجر قبالة السواحل الغربية فجر اليوم.'],
    ['ar', 'غرق قارب يقل مهاجرين قبالة سواحل تونس'],
    ['en', 'The interior ministry said on Tuesday that it would open two new reception centres near the border.'],
    ['en', 'Coast guard rescues dozens off Lampedusa'],
    ['en', 'UNHCR welcomes new resettlement pledges'],
    ['fr', "Le gouvernement a annoncé mardi un nouveau plan pour accueillir les demandeurs d'asile dans les régions rurales."],
    ['fr', 'Des milliers de migrants bloqués à la frontière'],
    ['fr', 'Naufrage au large de la Libye : des dizaines de disparus'],
    ['fr', 'Le Parlement européen adopte le pacte sur la migration'],
    // No accent and no function word: the space French puts before a colon says it.
    ['fr', 'Immigration : Emmanuel Macron recadre Nicole Belloubet'],
    ['fr', 'Calais : Gerald Darmanin promet des renforts'],
    ['en', 'Immigration: Biden administration extends TPS for Haitians'],
    ['de', 'Die Bundesregierung will Abschiebungen beschleunigen und mehr Rückführungen ermöglichen.'],
    ['de', 'Hohe Zahl an Asylanträgen: Länder fordern mehr Geld vom Bund'],
    ['es', 'El gobierno anunció nuevas medidas para los solicitantes de asilo en la frontera sur.'],
    ['it', "Il governo italiano ha approvato un nuovo decreto sull'immigrazione e sui centri di accoglienza."],
    ['pt', 'O governo português aprovou novas regras para os imigrantes que trabalham no país.'],
    ['nl', 'De regering wil het aantal asielzoekers beperken en de grenzen beter bewaken.'],
    ['tr', 'Hükümet sığınmacılar için yeni bir yasa tasarısı hazırladı.'],
    ['ur', 'حکومت پاکستان نے افغان مہاجرین کی واپسی کا اعلان کیا ہے۔'],
    ['fa', 'دولت ایران اعلام کرد که پناهجویان افغان باید کشور را ترک کنند.'],
    // Persian typed with Arabic ي/ك, as some sites do: پ/گ and the trigrams still give it away.
    ['fa', 'دولت ايران روز شنبه اعلام كرد كه پناهجويان افغان بايد تا پايان سال كشور را ترك كنند و مهاجران غيرقانوني بازداشت خواهند شد.'],
    ['ru', 'Правительство объявило о новых мерах для беженцев.'],
    ['el', 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για τους πρόσφυγες.'],
  ])('%s: %s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('keeps an Arabic text Arabic when it quotes Latin acronyms and names', () => {
    expect(detectLanguage('قالت المنظمة الدولية للهجرة (IOM) إن عدد المهاجرين ارتفع')).toBe('ar');
    expect(detectLanguage('IOM: غرق قارب قبالة سواحل ليبيا')).toBe('ar');
    expect(detectLanguage('محلل أمريكي لـCNN: الوضع معقد في Frontex والاتحاد الأوروبي')).toBe('ar');
  });

  it('reads an English text with an Arabic quotation as English', () => {
    const text = 'The banner read "لا للترحيل" as hundreds of protesters marched to the ministry on Friday afternoon.';
    expect(detectLanguage(text)).toBe('en');
  });

  it('ignores URLs and handles, which are Latin whatever the language', () => {
    expect(detectLanguage('نشرت الوزارة البيان على موقعها https://www.example.gov/news/2024/statement-on-migrants.html')).toBe('ar');
  });

  it('returns und for empty, too short or letterless text', () => {
    for (const text of ['', '   ', 'OK', '12345 67', '!!! ??? ...', 'https://example.com/a/very/long/path/article.html']) {
      expect(detectLanguage(text)).toBe('und');
    }
  });

  it('falls back to the script for a single word', () => {
    expect(detectLanguage('مهاجرون')).toBe('ar');
    expect(detectLanguage('Brexit')).toBe('en');
  });

  it('looks only at the beginning of a long text', () => {
    const english = 'Officials said the new rules would apply to all arrivals from next month. '.repeat(25);
    const french = 'Les autorités ont déclaré que les nouvelles règles seraient appliquées dès le mois prochain. '.repeat(40);
    expect(english.length).toBeGreaterThan(1500);
    expect(detectLanguage(english + french)).toBe('en');
  });
});

describe.skipIf(!hasCorpus)('detectLanguage on the shared corpus', () => {
  type Tally = Record<string, { total: number; correct: number; wrong: Record<string, number> }>;
  function tally(pick: (a: { title: string; text: string }) => string): Tally {
    const result: Tally = {};
    for (const article of corpusArticles()) {
      const entry = (result[article.lang] ??= { total: 0, correct: 0, wrong: {} });
      const detected = detectLanguage(pick(article));
      entry.total++;
      if (detected === article.lang) entry.correct++;
      else entry.wrong[detected] = (entry.wrong[detected] ?? 0) + 1;
    }
    return result;
  }
  const accuracy = (t: Tally, lang: string): number => (t[lang] ? t[lang].correct / t[lang].total : 0);
  function report(label: string, t: Tally): void {
    for (const [lang, { total, correct, wrong }] of Object.entries(t)) {
      console.info(`[language] ${label} ${lang}: ${correct}/${total} = ${(correct / total).toFixed(4)} wrong=${JSON.stringify(wrong)}`);
    }
  }

  it('identifies article bodies (≥ 0.98 for ar and en)', () => {
    const t = tally((a) => a.text);
    report('bodies', t);
    expect(accuracy(t, 'ar')).toBeGreaterThanOrEqual(0.98);
    expect(accuracy(t, 'en')).toBeGreaterThanOrEqual(0.98);
    expect(accuracy(t, 'de')).toBeGreaterThanOrEqual(0.95);
  });

  it('identifies headlines alone', () => {
    const t = tally((a) => a.title);
    report('titles', t);
    expect(accuracy(t, 'ar')).toBeGreaterThanOrEqual(0.98);
    expect(accuracy(t, 'en')).toBeGreaterThanOrEqual(0.95);
    expect(accuracy(t, 'de')).toBeGreaterThanOrEqual(0.85);
  });

  function feedTexts(name: string, encoding: BufferEncoding): string[] {
    const xml = readFileSync(corpusFeed(name)).toString(encoding);
    return [...xml.matchAll(/<(title|description)>([\s\S]*?)<\/\1>/g)]
      .map((m) => (m[2] ?? '').replace(/<!\[CDATA\[|\]\]>/g, '').replace(/<[^>]+>|&[#\w]+;/g, ' ').trim())
      .filter((s) => s.length > 0);
  }

  it('identifies the real Urdu (BBC) and French (Le Cercle Psy) feed items', () => {
    for (const [name, encoding, lang, floor] of [
      ['miniflux/urdu_UTF8.xml', 'utf8', 'ur', 0.95],
      ['miniflux/no_encoding_ISO-8859-1.xml', 'latin1', 'fr', 0.9],
    ] as const) {
      const texts = feedTexts(name, encoding);
      const correct = texts.filter((s) => detectLanguage(s) === lang).length;
      console.info(`[language] feed ${name} ${lang}: ${correct}/${texts.length}`);
      expect(texts.length).toBeGreaterThan(10);
      expect(correct / texts.length).toBeGreaterThanOrEqual(floor);
    }
  });
});
