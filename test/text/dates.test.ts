/**
 * Publication dates: hand-written datelines and leads in Arabic (all month-name families, Eastern
 * digits, diacritics, tatweel), English and French; metadata strings; and checks against the real
 * corpus and the real feeds in ../shared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPublishedDate, isDatelineLine, parseLooseDate } from '../../src/text/dates.js';
import { corpusArticles, corpusDir, hasCorpus } from '../support/shared-corpus.js';

// A fixed clock: "future" means after this.
const now = new Date('2025-03-01T12:00:00Z');
const extract = (text: string): string | null => extractPublishedDate(text, { now });

const TITLE_AR = 'الحكومة تعلن خطة جديدة لاستقبال طالبي اللجوء';
const TITLE_EN = 'Coastal towns ask for more support as arrivals rise';

describe('extractPublishedDate: datelines and "today" leads', () => {
  it.each([
    ['Arabic "today" with weekday', `${TITLE_AR}\nأعلنت الوزارة اليوم الثلاثاء 14 مايو 2024 خطة لاستقبال اللاجئين.`, '2024-05-14'],
    ['Arabic "today" + الموافق', `${TITLE_AR}\nقالت المفوضية اليوم الخميس الموافق 16 مايو 2024 إن المخيمات مكتظة.`, '2024-05-16'],
    ['Eastern digits and Arabic comma', `${TITLE_AR}\n١٢ نوفمبر، ٢٠١٩\nنص الخبر.`, '2019-11-12'],
    ['Persian digits', `${TITLE_AR}\n۱۲ نوفمبر ۲۰۱۹\nنص الخبر.`, '2019-11-12'],
    ['ISO timestamp line', `${TITLE_EN}\n2024-07-02 09:30:00\nThe body.`, '2024-07-02T09:30:00'],
    ['ISO with T and offset (wall time kept)', `${TITLE_EN}\n2024-07-02T09:30:00+03:00\nThe body.`, '2024-07-02T09:30:00'],
    ['DD/MM/YYYY in Arabic text', `${TITLE_AR}\nتاريخ النشر: 02/07/2024\nنص الخبر.`, '2024-07-02'],
    ['DD/MM/YYYY with Eastern digits', `${TITLE_AR}\nتاريخ النشر: ٠٢/٠٧/٢٠٢٤\nنص الخبر.`, '2024-07-02'],
    ['day > 12 is unambiguous', `${TITLE_EN}\nPublished: 13/07/2024\nThe body.`, '2024-07-13'],
    ['US month-first when the day > 12', `${TITLE_EN}\nPublished: 07/13/2024\nThe body.`, '2024-07-13'],
    ['dotted European date', `${TITLE_EN}\nPublished: 02.07.2024\nThe body.`, '2024-07-02'],
    ['city dateline with time (Arabic PM)', `${TITLE_AR}\nالقاهرة - 14 أيار/مايو 2024 - 09:30 م\nنص.`, '2024-05-14T21:30:00'],
    ['paired months, other order', `${TITLE_AR}\nبيروت - 3 آب (أغسطس) 2023\nنص.`, '2023-08-03'],
    ['"May 14, 2024"', `${TITLE_EN}\nMay 14, 2024\nThe body.`, '2024-05-14'],
    ['"14 May 2024"', `${TITLE_EN}\n14 May 2024\nThe body.`, '2024-05-14'],
    ['abbreviated month with ordinal', `${TITLE_EN}\nSept. 3rd, 2023\nThe body.`, '2023-09-03'],
    ['weekday, date, time and zone', `${TITLE_EN}\nTuesday, 14 May 2024 10:05 GMT\nThe body.`, '2024-05-14T10:05:00'],
    ['12-hour clock', `${TITLE_EN}\nUpdated May 14, 2024 at 4:15 p.m.\nThe body.`, '2024-05-14T16:15:00'],
    ['wire dateline in the lead', `${TITLE_EN}\nLONDON, May 14, 2024 (Reuters) - The government said on Tuesday…`, '2024-05-14'],
    ['byline with date', `${TITLE_EN}\nBy Jane Doe | 14 May 2024\nThe body.`, '2024-05-14'],
    ['dateline above the title', `Published: 14 May 2024\n${TITLE_EN}\nThe body.`, '2024-05-14'],
    ['French date', 'Titre\n14 mai 2024\nLe corps.', '2024-05-14'],
    ['French weekday and 10h05', 'Titre\nPARIS, mardi 14 mai 2024 à 10h05\nLe corps.', '2024-05-14T10:05:00'],
    ['French "1er"', 'Titre\nPublié le 1er août 2023\nLe corps.', '2023-08-01'],
    ["aujourd'hui", "Titre\nAujourd'hui mardi 14 mai 2024, le gouvernement a présenté son plan.", '2024-05-14'],
    ['German dotted day', 'Titel\nBerlin, 14. März 2024\nText.', '2024-03-14'],
    ['diacritics and tatweel in the month', `${TITLE_AR}\nالرباط - 14 مَـــايُـو 2024\nنص.`, '2024-05-14'],
    ['shadda in the weekday', `${TITLE_AR}\nأكد الوزير اليومَ الثُّلاثاء 14 مايو 2024 أن الخطة جاهزة.`, '2024-05-14'],
    ['Gregorian year suffix م', `${TITLE_AR}\nالرياض - 14 مايو 2024م\nنص.`, '2024-05-14'],
    ['Hijri and Gregorian together', `${TITLE_AR}\nالرياض - 6 ذو القعدة 1445 هـ الموافق 14 مايو 2024م\nنص.`, '2024-05-14'],
  ])('%s', (_name, text, expected) => {
    expect(extract(text)).toBe(expected);
  });

  const city = (month: string): string => `${TITLE_AR}\nدمشق - 5 ${month} 2019\nنص الخبر.`;

  it.each([
    ['كانون الثاني', 1], ['كانون ثاني', 1], ['شباط', 2], ['آذار', 3], ['اذار', 3], ['نيسان', 4], ['أيار', 5],
    ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8], ['أيلول', 9], ['تشرين الأول', 10], ['تشرين أول', 10],
    ['تشرين الثاني', 11], ['كانون الأول', 12],
  ])('Levantine month %s', (month, number) => {
    expect(extract(city(month))).toBe(`2019-${String(number).padStart(2, '0')}-05`);
  });

  it.each([
    ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['ابريل', 4], ['إبريل', 4], ['مايو', 5], ['يونيو', 6],
    ['يونيه', 6], ['يونية', 6], ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['اغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10],
    ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ])('Egyptian month %s', (month, number) => {
    expect(extract(city(month))).toBe(`2019-${String(number).padStart(2, '0')}-05`);
  });

  it.each([
    ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['جويليه', 7], ['أوت', 8],
    ['اوت', 8], ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
  ])('Maghrebi month %s', (month, number) => {
    expect(extract(city(month))).toBe(`2019-${String(number).padStart(2, '0')}-05`);
  });
});

describe('extractPublishedDate: French', () => {
  it.each([
    ['a date in words', 'Titre\n20 mai 2015\nLe corps.', '2015-05-20'],
    ['a dotted date with «à 15h44»', 'Titre\nLe 20.05.2015 à 15h44\nLe corps.', '2015-05-20T15:44:00'],
    ['«15 h 44» spaced as French typography writes it', 'Titre\nMis à jour le 21 mai 2015 à 15 h 44\nLe corps.', '2015-05-21T15:44:00'],
    ['published, then updated: the publication', 'Titre\nPublié le 20/05/2015 à 15h44 | Mis à jour le 21/05/2015 à 08h02\nLe corps.', '2015-05-20T15:44:00'],
    ['«mis à jour le» alone', 'Titre\nMis à jour le 2 juillet 2018\nLe corps.', '2018-07-02'],
    ['«1er janvier»', 'Titre\nPARIS, 1er janvier 2019\nLe corps.', '2019-01-01'],
    ['«1ᵉʳ» in superscript', 'Titre\nLe 1ᵉʳ décembre 2018\nLe corps.', '2018-12-01'],
    ['«janv.»', 'Titre\n8 janv. 2019\nLe corps.', '2019-01-08'],
    ['«févr.»', 'Titre\n3 févr. 2019\nLe corps.', '2019-02-03'],
    ['«sept.» with a time', 'Titre\n12 sept. 2019 à 10h05\nLe corps.', '2019-09-12T10:05:00'],
    ['«ce mardi» with the year', 'Titre\nCe mardi 14 mai 2024, le gouvernement a présenté son projet de loi.', '2024-05-14'],
  ])('%s', (_name, text, expected) => {
    expect(extract(text)).toBe(expected);
  });
});

describe('extractPublishedDate: a dateline without its year takes it from the article', () => {
  it.each([
    [
      'French dateline «mardi 3 juin»',
      "Titre\nPARIS, mardi 3 juin (AFP) - Le gouvernement a présenté son projet de loi, annoncé dès janvier 2014, sur l'asile.",
      '2014-06-03',
    ],
    [
      'French lead «Ce dimanche 10 avril»',
      'Titre\nCe dimanche 10 avril, des policiers ont tiré des gaz lacrymogènes sur des migrants. La frontière est fermée depuis mars 2016.',
      '2016-04-10',
    ],
    ['Arabic dateline with a weekday', `${TITLE_AR}\nالقاهرة - الثلاثاء 14 مايو\nأعلنت الوزارة خطة لعام 2024 لاستقبال اللاجئين.`, '2024-05-14'],
    ['English dateline with a weekday', `${TITLE_EN}\nWASHINGTON, Tuesday, May 14 -- The bill, first drafted in 2023, passed in 2024.`, '2024-05-14'],
  ])('%s', (_name, text, expected) => {
    expect(extract(text)).toBe(expected);
  });

  it.each([
    ['no weekday to check the year against', "Titre\nPARIS, 3 juin (AFP) - Le projet de loi annoncé en 2014 a été présenté."],
    [
      'the latest year mentioned does not fit the weekday (an earlier one that does is background)',
      'Titre\nLundi 22 juillet, un véhicule piégé a explosé devant la base, ouverte en 2013 et renforcée en 2018.',
    ],
    ['no year in the article', 'Titre\nCe vendredi 23 avril, il sera inhumé dans son village natal.'],
    ['«ce mardi» too far into the lead', `Titre\n${'Le texte prévoit de nombreuses mesures nouvelles pour les demandeurs. '.repeat(6)}Ce mardi 3 juin, en 2014, il a été voté.`],
  ])('no date: %s', (_name, text) => {
    expect(extract(text)).toBeNull();
  });
});

describe('extractPublishedDate: what is not a publication date', () => {
  const body = 'فقرة من نص الخبر تتحدث عن تفاصيل الخطة الحكومية وأهدافها وتمويلها.';

  it.each([
    ['a bare year', `${TITLE_AR}\nفي عام 2017 بدأت موجة الهجرة الجديدة.`],
    ['month and year without a day', `${TITLE_AR}\nالقاهرة - مايو 2024\n${body}`],
    ['English month and year', `${TITLE_EN}\nPublished: May 2024\nThe body.`],
    ['31 February', `${TITLE_AR}\nالقاهرة - 31 فبراير 2024\n${body}`],
    ['a Hijri date alone', `${TITLE_AR}\nالرياض - 14 رمضان 1439 هـ\n${body}`],
    ['a Hijri numeric date', `${TITLE_AR}\nالتاريخ: 1439/09/14 هـ\n${body}`],
    ['a date in the future', `${TITLE_EN}\nPublished: 14 May 2031\nThe body.`],
    ['ambiguous DD/MM in English', `${TITLE_EN}\nPublished: 02/07/2024\nThe body.`],
    ['two different paired months', `${TITLE_AR}\nالقاهرة - 14 مايو/يونيو 2024\n${body}`],
    ['an event date in the lead', `${TITLE_AR}\nقال ناجون إن القارب غرق السبت 2 يونيو 2018 قبالة السواحل.`],
    ['a caption date in the lead', `${TITLE_EN}\nMigrants wait at the station on Monday, July 31, 2023. An argument began…`],
    ['an event date at a sentence start', `${TITLE_EN}\nOn Aug. 18, 2022, a records clerk emailed the agency.`],
    ['a day and month without year', `${TITLE_EN}\nAug. 3 (UPI) -- The administration said…`],
    ['a date too old', `${TITLE_EN}\nPublished: 14 May 1975\nThe body.`],
    [
      'a dateline deep in the body',
      [TITLE_AR, body, body, body, body, body, body, 'القاهرة - 14 مايو 2024', body].join('\n'),
    ],
    [
      'a "today" date after the first 300 characters of the lead',
      `${TITLE_AR}\n${body.repeat(6)} وأعلنت الوزارة اليوم الثلاثاء 14 مايو 2024 عن خطة.`,
    ],
  ])('%s', (_name, text) => {
    expect(extract(text)).toBeNull();
  });

  it('uses the real clock when none is given', () => {
    expect(extractPublishedDate(`${TITLE_EN}\nPublished: 14 May 2024\nThe body.`)).toBe('2024-05-14');
    expect(extractPublishedDate(`${TITLE_EN}\nPublished: 14 May 2099\nThe body.`)).toBeNull();
  });
});

describe('isDatelineLine', () => {
  it.each([
    'الثلاثاء 14 مايو 2024 - 09:30',
    'القاهرة - 14 مايو 2024',
    'القاهرة - الثلاثاء 14 مايو 2024 - 09:30',
    'Published: 14 May 2024',
    'Updated 10:32 GMT',
    '2024-07-02 09:30:00',
    'تاريخ النشر: ١٢/١١/٢٠١٩',
    'منذ 3 ساعات',
    'منذ ساعتين',
    '3 hours ago',
    'il y a 2 heures',
    'آخر تحديث',
    'آخر تحديث: 10:32',
    'By Jane Doe | 14 May 2024',
    '14 May 2024 | Reuters',
    'Tuesday, 14 May 2024 10:05 GMT',
    '**Published:** May 14, 2024',
    'Posted by Jane Doe on 14 May 2024',
    'Published:',
    'اليوم الثلاثاء',
    '\u200fالخميس 16 مايو 2024\u200f',
  ])('dateline: %s', (line) => {
    expect(isDatelineLine(line)).toBe(true);
  });

  it.each([
    'Updated guidance on asylum claims released',
    'مقتل 3 في 14 مايو',
    'Factbox: Trump on Twitter (Nov. 28) - NFL, First Lady',
    'Senate to vote on border bill on Jan. 30: White House',
    'حدث في 5 أكتوبر.. مقتل عشرات المهاجرين قبالة ليبيا',
    'غرق قارب يقل مهاجرين قبالة السواحل الليبية',
    'On Monday, July 31, 2023, migrants arrived in the city',
    'Published reports say the border will reopen',
    'نشر قوات على الحدود في 14 مايو',
    '',
    '   ',
  ])('not a dateline: %s', (line) => {
    expect(isDatelineLine(line)).toBe(false);
  });
});

describe('parseLooseDate', () => {
  it.each([
    ['Seg, 24 Set 2018 10:00:00 -0300', '2018-09-24T13:00:00Z'],
    ['Wed, 17 Oct 2018 10:30:00 GMT', '2018-10-17T10:30:00Z'],
    ['Thu, 25 Oct 2018 22:52:00 +0100', '2018-10-25T21:52:00Z'],
    ['Tue, 14 May 2024 10:00:00 EDT', '2024-05-14T14:00:00Z'],
    ['Tue, 14 May 2024 10:00:00 +0000 (UTC)', '2024-05-14T10:00:00Z'],
    ['14 May 2024 10:00 GMT+3', '2024-05-14T07:00:00Z'],
    ['24 Sep 18 10:00 +0000', '2018-09-24T10:00:00Z'],
    ['Sáb, 29 Set 2018 08:00:00 -0300', '2018-09-29T11:00:00Z'],
    ['lun, 14 may 2024 10:00:00 +0200', '2024-05-14T08:00:00Z'],
    ['2018-02-26T02:20:10+00:00', '2018-02-26T02:20:10Z'],
    ['2018-02-17T18:50:12+04:00', '2018-02-17T14:50:12Z'],
    ['2016-02-01T17:54:50+01:00', '2016-02-01T16:54:50Z'],
    ['2018-01-31T10:00:24Z', '2018-01-31T10:00:24Z'],
    ['2018-01-31T10:00:24.123Z', '2018-01-31T10:00:24Z'],
    ['2024-05-14 10:00', '2024-05-14T10:00:00'],
    ['2017-12-31', '2017-12-31'],
    ['December 31, 2017', '2017-12-31'],
    ['May 14, 2024 10:00 PM', '2024-05-14T22:00:00'],
    ['14 مايو 2024', '2024-05-14'],
    ['١٢ نوفمبر، ٢٠١٩', '2019-11-12'],
    ['13/07/2024', '2024-07-13'],
    ['2024/07/02', '2024-07-02'],
    ['  \u200e2017-12-31\u200e ', '2017-12-31'],
  ])('%s → %s', (value, expected) => {
    expect(parseLooseDate(value)).toBe(expected);
  });

  it.each(['', 'garbage', 'yesterday', '2024-02-31', '31 February 2024', '2024-13-01', 'May 2024', '14 May 2024 banana', '02/07/2024'])(
    'unparseable: %j',
    (value) => {
      expect(parseLooseDate(value)).toBeNull();
    },
  );

  it('reads DD/MM/YYYY when the source is known to be day-first', () => {
    expect(parseLooseDate('02/07/2024', { dayFirst: true })).toBe('2024-07-02');
    expect(parseLooseDate('20/05/2015 à 15h44', { dayFirst: true })).toBe('2015-05-20T15:44:00');
    expect(parseLooseDate('30/09/2016', { dayFirst: true })).toBe('2016-09-30');
  });
});

describe.skipIf(!hasCorpus)('on the shared corpus', () => {
  it('dates the articles it dates correctly (within a day of the metadata)', () => {
    let dated = 0;
    let agreeing = 0;
    const wrong: string[] = [];
    const articles = corpusArticles();
    for (const article of articles) {
      const found = extractPublishedDate(`${article.title}\n${article.text}`);
      if (found === null) continue;
      dated += 1;
      const days = Math.abs(Date.parse(found.slice(0, 10)) - Date.parse(article.published.slice(0, 10))) / 86_400_000;
      if (days <= 1) agreeing += 1;
      else wrong.push(`${article.id}: ${found} vs ${article.published}`);
    }
    console.info(
      `[dates] corpus: ${dated}/${articles.length} articles dated from their text, ${agreeing} agree with metadata` +
        (wrong.length > 0 ? `; disagreeing: ${wrong.join(', ')}` : ''),
    );
    expect(dated).toBeGreaterThan(0);
    expect(agreeing / dated).toBeGreaterThanOrEqual(0.95);
  });

  it('parses every metadata published value to the same instant', () => {
    for (const article of corpusArticles()) {
      const parsed = parseLooseDate(article.published);
      expect(parsed, article.id).not.toBeNull();
      if (article.published.length === 10) expect(parsed).toBe(article.published);
      else expect(Date.parse(parsed ?? ''), article.id).toBe(Date.parse(article.published));
    }
  });

  it('parses every date in the real feeds', () => {
    const feedsDir = join(corpusDir, 'feeds');
    const values: Array<{ file: string; value: string }> = [];
    for (const folder of readdirSync(feedsDir)) {
      for (const file of readdirSync(join(feedsDir, folder))) {
        // latin1 keeps every byte; the date fields are ASCII in every encoding these feeds use.
        const xml = readFileSync(join(feedsDir, folder, file), 'latin1');
        for (const m of xml.matchAll(/<(pubDate|lastBuildDate|dc:date|updated|published)>\s*([^<]+?)\s*<\/\1>/g)) {
          values.push({ file: `${folder}/${file}`, value: m[2] ?? '' });
        }
      }
    }
    console.info(`[dates] feeds: ${values.length} date values`);
    expect(values.length).toBeGreaterThan(100);
    const portuguese = values.filter((v) => v.file.endsWith('uolNoticias.rss'));
    expect(portuguese.length).toBeGreaterThan(0);
    for (const { file, value } of values) {
      const parsed = parseLooseDate(value);
      expect(parsed, `${file}: ${value}`).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      // Where the platform parser understands the value (English RFC 822, ISO), both must agree.
      const reference = Date.parse(value);
      if (!Number.isNaN(reference)) expect(Date.parse(parsed ?? ''), `${file}: ${value}`).toBe(reference);
    }
    expect(parseLooseDate(portuguese[0]?.value ?? '')).toMatch(/^2018-09-2\dT/);
  });
});
