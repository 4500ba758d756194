/**
 * The chat command grammar: real phrases as Slack and Teams users type them, in English and Arabic,
 * every verb and usage error, did-you-mean, the searches that must not be taken for commands, and
 * hostile text that must parse without throwing.
 */
import { describe, expect, it } from 'vitest';
import { MAX_COMMAND_CHARS, type ParsedCommand, parseCommand, VERBS } from '../../src/commands/grammar.js';
import { parseClockTime, parseTimeZone, parseWeekday } from '../../src/commands/weekday-time.js';

function usageOf(text: string): Extract<ParsedCommand, { kind: 'usage' }> {
  const parsed = parseCommand(text);
  if (parsed.kind !== 'usage') throw new Error(`expected usage for ${text}, got ${JSON.stringify(parsed)}`);
  return parsed;
}

describe('cleaning', () => {
  it.each([
    ['', { kind: 'help' }],
    ['   ', { kind: 'help' }],
    ['<at>Mawjaz</at>', { kind: 'help' }],
    ['/migration', { kind: 'help' }],
    ['<at>Mawjaz</at> follow egypt', { kind: 'follow', topic: 'egypt', alerts: false }],
    ['<at>Mawjaz Bot</at>  list', { kind: 'list' }],
    ['/migration follow egypt', { kind: 'follow', topic: 'egypt', alerts: false }],
    ['/MIGRATION list', { kind: 'list' }],
    ['<at>Mawjaz</at> /migration brief', { kind: 'brief' }],
    ['  follow \n\t  egypt  ', { kind: 'follow', topic: 'egypt', alerts: false }],
    ['follow\u00a0egypt', { kind: 'follow', topic: 'egypt', alerts: false }],
    ['\u202efollow egypt\u202c', { kind: 'follow', topic: 'egypt', alerts: false }],
    ['fol\u200blow egypt', { kind: 'follow', topic: 'egypt', alerts: false }],
    ['\ufefflist', { kind: 'list' }],
    ['follow Search &amp; Rescue', { kind: 'follow', topic: 'Search & Rescue', alerts: false }],
    ['&lt;EU&gt; &amp;lt;', { kind: 'search', query: '<EU> &lt;' }],
  ] as const)('%j', (input, expected) => {
    expect(parseCommand(input)).toEqual(expected);
  });

  it('keeps a mention that is not at the start as search text', () => {
    expect(parseCommand('egypt <at>Mawjaz</at>')).toEqual({ kind: 'search', query: 'egypt <at>Mawjaz</at>' });
  });

  it('does not strip "/migrations" as if it were the command', () => {
    expect(parseCommand('/migrations policy')).toEqual({ kind: 'search', query: '/migrations policy' });
  });

  it('rejects text longer than MAX_COMMAND_CHARS with a usage that says so', () => {
    const parsed = usageOf(`follow ${'a'.repeat(MAX_COMMAND_CHARS)}`);
    expect(parsed).toMatchObject({ verb: null, suggestion: null });
    expect(parsed.message).toContain('too long');
    expect(parsed.message).toContain(String(MAX_COMMAND_CHARS));
  });

  it('counts characters, not UTF-16 units, and not the invisible ones', () => {
    expect(parseCommand('🌍'.repeat(MAX_COMMAND_CHARS))).toMatchObject({ kind: 'search' });
    expect(parseCommand(`list${'\u200b'.repeat(5000)}`)).toEqual({ kind: 'list' });
    expect(parseCommand('x'.repeat(MAX_COMMAND_CHARS))).toMatchObject({ kind: 'search' });
    expect(parseCommand('x'.repeat(MAX_COMMAND_CHARS + 1))).toMatchObject({ kind: 'usage' });
  });
});

describe('verbs', () => {
  it('lists every verb it understands: each one alone is a command or a usage hint, never a search', () => {
    for (const verb of VERBS) expect(parseCommand(verb).kind, verb).not.toBe('search');
    expect(VERBS).toEqual(expect.arrayContaining(['follow', 'unfollow', 'subscribe', 'unsubscribe', 'list', 'brief', 'schedule', 'language', 'track', 'threads', 'sources', 'help']));
  });

  it.each([
    ['follow egypt', { kind: 'follow', topic: 'egypt', alerts: false }],
    ['Follow Egypt', { kind: 'follow', topic: 'Egypt', alerts: false }],
    ['FOLLOW khartoum process alerts', { kind: 'follow', topic: 'khartoum process', alerts: true }],
    ['follow Khartoum Process with alerts', { kind: 'follow', topic: 'Khartoum Process', alerts: true }],
    ['follow "Rabat Process"', { kind: 'follow', topic: 'Rabat Process', alerts: false }],
    ['follow «مسار الخرطوم»', { kind: 'follow', topic: 'مسار الخرطوم', alerts: false }],
    ['follow: egypt', { kind: 'follow', topic: 'egypt', alerts: false }],
    ['follow the money', { kind: 'follow', topic: 'the money', alerts: false }],
    ['unfollow egypt', { kind: 'unfollow', topic: 'egypt' }],
    ['unfollow IOM Libya', { kind: 'unfollow', topic: 'IOM Libya' }],
    ['subscribe sudan', { kind: 'subscribe', topic: 'sudan', alerts: false }],
    ['subscribe EU-Tunisia MoU alerts', { kind: 'subscribe', topic: 'EU-Tunisia MoU', alerts: true }],
    ['unsubscribe sudan', { kind: 'unsubscribe', topic: 'sudan' }],
    ['list', { kind: 'list' }],
    ['LIST', { kind: 'list' }],
    ['brief', { kind: 'brief' }],
    ['sources', { kind: 'sources' }],
    ['help', { kind: 'help' }],
    ['help?', { kind: 'help' }],
    ['help me', { kind: 'help' }],
    ['help follow', { kind: 'help' }],
    ['help schedule', { kind: 'help' }],
    ['threads on', { kind: 'threads', on: true }],
    ['threads OFF', { kind: 'threads', on: false }],
    ['language ar', { kind: 'language', lang: 'ar' }],
    ['language Arabic', { kind: 'language', lang: 'ar' }],
    ['language en', { kind: 'language', lang: 'en' }],
    ['language english', { kind: 'language', lang: 'en' }],
    ['search brief', { kind: 'search', query: 'brief' }],
    ['search follow the money', { kind: 'search', query: 'follow the money' }],
  ] as const)('%s', (input, expected) => {
    expect(parseCommand(input)).toEqual(expected);
  });
});

describe('Arabic verbs', () => {
  it.each([
    ['تابع مصر', { kind: 'follow', topic: 'مصر', alerts: false }],
    ['تابع مسار الخرطوم مع التنبيهات', { kind: 'follow', topic: 'مسار الخرطوم', alerts: true }],
    ['تابع ليبيا تنبيهات', { kind: 'follow', topic: 'ليبيا', alerts: true }],
    ['الغ مصر', { kind: 'unfollow', topic: 'مصر' }],
    ['ألغ مصر', { kind: 'unfollow', topic: 'مصر' }],
    ['إلغاء المتابعة مصر', { kind: 'unfollow', topic: 'مصر' }],
    ['الغاء متابعة مصر', { kind: 'unfollow', topic: 'مصر' }],
    ['إلغاء متابعه تونس', { kind: 'unfollow', topic: 'تونس' }],
    ['اشترك السودان', { kind: 'subscribe', topic: 'السودان', alerts: false }],
    ['إلغاء الاشتراك السودان', { kind: 'unsubscribe', topic: 'السودان' }],
    ['الغاء الاشتراك السودان', { kind: 'unsubscribe', topic: 'السودان' }],
    ['قائمة', { kind: 'list' }],
    ['قائمه', { kind: 'list' }],
    ['موجز', { kind: 'brief' }],
    ['مساعدة', { kind: 'help' }],
    ['مساعده؟', { kind: 'help' }],
    ['المصادر', { kind: 'sources' }],
    ['لغة العربية', { kind: 'language', lang: 'ar' }],
    ['لغه عربي', { kind: 'language', lang: 'ar' }],
    ['لغة الإنجليزية', { kind: 'language', lang: 'en' }],
    ['لغة انجليزي', { kind: 'language', lang: 'en' }],
    ['language العربية', { kind: 'language', lang: 'ar' }],
    ['تَابِعْ مصر', { kind: 'follow', topic: 'مصر', alerts: false }],
  ] as const)('%s', (input, expected) => {
    expect(parseCommand(input)).toEqual(expected);
  });
});

describe('schedule', () => {
  it.each([
    ['schedule monday 08:00 Africa/Cairo', { day: 'monday', time: '08:00', timeZone: 'Africa/Cairo' }],
    ['schedule mon 8am', { day: 'monday', time: '08:00', timeZone: null }],
    ['schedule friday 17:30 Europe/London', { day: 'friday', time: '17:30', timeZone: 'Europe/London' }],
    ['schedule Fri 5:30pm', { day: 'friday', time: '17:30', timeZone: null }],
    ['schedule tue 8:00', { day: 'tuesday', time: '08:00', timeZone: null }],
    ['schedule WEDNESDAY 12am UTC', { day: 'wednesday', time: '00:00', timeZone: 'UTC' }],
    ['schedule thu 12pm utc', { day: 'thursday', time: '12:00', timeZone: 'UTC' }],
    ['schedule sat 9 am', { day: 'saturday', time: '09:00', timeZone: null }],
    ['schedule sun at 7:15 p.m.', { day: 'sunday', time: '19:15', timeZone: null }],
    ['schedule monday, 8am', { day: 'monday', time: '08:00', timeZone: null }],
    ['schedule monday 8', { day: 'monday', time: '08:00', timeZone: null }],
    ['schedule monday 23:59 africa/cairo', { day: 'monday', time: '23:59', timeZone: 'Africa/Cairo' }],
    ['schedule الاثنين ٠٨:٠٠', { day: 'monday', time: '08:00', timeZone: null }],
    ['schedule الإثنين 8:00 Africa/Cairo', { day: 'monday', time: '08:00', timeZone: 'Africa/Cairo' }],
    ['schedule الثلاثاء ٩ ص', { day: 'tuesday', time: '09:00', timeZone: null }],
    ['schedule الأربعاء الساعة ٥:٣٠ مساءً', { day: 'wednesday', time: '17:30', timeZone: null }],
    ['schedule الخميس 10:00', { day: 'thursday', time: '10:00', timeZone: null }],
    ['schedule الجمعة 13:00 Asia/Riyadh', { day: 'friday', time: '13:00', timeZone: 'Asia/Riyadh' }],
    ['schedule السبت 06:30', { day: 'saturday', time: '06:30', timeZone: null }],
    ['schedule الأحد 07:00', { day: 'sunday', time: '07:00', timeZone: null }],
    ['schedule الاحد 07:00', { day: 'sunday', time: '07:00', timeZone: null }],
    // «موعد» (and «موعد الموجز») is schedule in Arabic, as the Arabic help shows it.
    ['موعد الاثنين 08:00', { day: 'monday', time: '08:00', timeZone: null }],
    ['موعد الموجز الخميس ٩ ص', { day: 'thursday', time: '09:00', timeZone: null }],
  ] as const)('%s', (input, expected) => {
    expect(parseCommand(input)).toEqual({ kind: 'schedule', ...expected });
  });

  it.each([
    ['schedule', 'schedule needs a day and a time'],
    ['schedule someday 08:00', '"someday" is not a day of the week'],
    ['schedule 8am monday', '"8am" is not a day of the week'],
    ['schedule monday', 'schedule needs a time after monday'],
    ['schedule monday 25:00', '"25:00" is not a time'],
    ['schedule monday 8:75', '"8:75" is not a time'],
    ['schedule monday 13pm', '"13pm" is not a time'],
    ['schedule monday 0am', '"0am" is not a time'],
    ['schedule monday noon', '"noon" is not a time'],
    ['schedule monday 08:00 Mars/Olympus', '"Mars/Olympus" is not a time zone'],
    ['schedule monday 08:00 Europe/Londn', '"Europe/Londn" is not a time zone'],
    ['schedule monday 08:00 +02:00', '"+02:00" is not a time zone'],
    ['schedule monday 08:00 Africa/Cairo please', 'one time zone'],
  ])('%s → usage', (input, fragment) => {
    const parsed = usageOf(input);
    expect(parsed.verb).toBe('schedule');
    expect(parsed.suggestion).toBeNull();
    expect(parsed.message).toContain(fragment);
  });

  it('treats words that do not look like a schedule as a search', () => {
    expect(parseCommand('schedule of deportation flights')).toEqual({
      kind: 'search',
      query: 'schedule of deportation flights',
    });
    expect(parseCommand('schedule 10 deportation flights')).toMatchObject({ kind: 'search' });
  });
});

describe('weekday-time parsers', () => {
  it.each([
    ['mon', 'monday'],
    ['Thurs', 'thursday'],
    ['sunday.', 'sunday'],
    ['جمعة', 'friday'],
    ['someday', null],
  ])('parseWeekday(%s) = %s', (word, day) => {
    expect(parseWeekday(word)).toBe(day);
  });

  it.each([
    ['08:00', '08:00'],
    ['8:00', '08:00'],
    ['8am', '08:00'],
    ['8AM', '08:00'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['5:30pm', '17:30'],
    ['17:30', '17:30'],
    ['0:05', '00:05'],
    ['8.30', '08:30'],
    ['٠٨:٠٠', '08:00'],
    ['۰۸:۳۰', '08:30'],
    ['24:00', null],
    ['8:5', null],
    ['123', null],
    ['8xm', null],
    ['', null],
  ])('parseClockTime(%s) = %s', (text, time) => {
    expect(parseClockTime(text)).toBe(time);
  });

  it.each([
    ['Africa/Cairo', 'Africa/Cairo'],
    ['africa/cairo', 'Africa/Cairo'],
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['Europe/London', 'Europe/London'],
    ['Etc/GMT+2', 'Etc/GMT+2'],
    ['Cairo', null],
    ['Africa/Cairo; DROP TABLE', null],
    ['x'.repeat(100), null],
  ])('parseTimeZone(%s) = %s', (name, zone) => {
    expect(parseTimeZone(name)).toBe(zone);
  });

  it('does not swap a valid zone for an alias the user did not type', () => {
    expect(parseTimeZone('EST')).toBe('EST'); // Intl resolves it to America/Panama
  });
});

describe('track', () => {
  it.each([
    [
      'track Tunis MoU = Tunisia memorandum, مذكرة التفاهم مع تونس',
      { name: 'Tunis MoU', aliases: ['Tunisia memorandum', 'مذكرة التفاهم مع تونس'] },
    ],
    ['track Tunis MoU=Tunisia memorandum', { name: 'Tunis MoU', aliases: ['Tunisia memorandum'] }],
    [
      'track مسار الخرطوم = Khartoum Process، عملية الخرطوم',
      { name: 'مسار الخرطوم', aliases: ['Khartoum Process', 'عملية الخرطوم'] },
    ],
    ['track Pact = Migration Pact, migration pact, , Pact, "New Pact"', { name: 'Pact', aliases: ['Migration Pact', 'New Pact'] }],
    ['TRACK a = b = c', { name: 'a', aliases: ['b = c'] }],
  ] as const)('%s', (input, expected) => {
    expect(parseCommand(input)).toEqual({ kind: 'track', ...expected });
  });

  it.each([
    ['track', 'track needs a name, "=" and aliases'],
    ['track Tunis MoU', 'To search for these words instead, write "search track Tunis MoU"'],
    ['track = Tunisia memorandum', 'track needs a name before "="'],
    ['track Tunis MoU =', 'at least one alias'],
    ['track Tunis MoU = , ،', 'at least one alias'],
    [`track ${'n'.repeat(201)} = x`, 'at most 200 characters'],
    [`track n = ok, ${'a'.repeat(201)}`, 'at most 200 characters'],
  ])('%s → usage', (input, fragment) => {
    const parsed = usageOf(input);
    expect(parsed.verb).toBe('track');
    expect(parsed.message).toContain(fragment);
  });

  it('accepts names and aliases of exactly 200 characters', () => {
    expect(parseCommand(`track ${'n'.repeat(200)} = ${'a'.repeat(200)}`)).toMatchObject({ kind: 'track' });
  });
});

describe('usage errors', () => {
  it.each([
    ['follow', 'follow', 'follow needs a topic, e.g. "follow egypt" or "follow khartoum process alerts"'],
    ['follow alerts', 'follow', 'follow needs a topic'],
    ['follow with alerts', 'follow', 'follow needs a topic'],
    ['follow ""', 'follow', 'follow needs a topic'],
    ['تابع', 'follow', 'follow needs a topic'],
    ['unfollow', 'unfollow', 'unfollow needs a topic, e.g. "unfollow egypt"'],
    ['الغاء المتابعة', 'unfollow', 'unfollow needs a topic'],
    ['subscribe', 'subscribe', 'subscribe needs a topic for this channel'],
    ['اشترك', 'subscribe', 'subscribe needs a topic'],
    ['unsubscribe', 'unsubscribe', 'unsubscribe needs a topic'],
    ['إلغاء الاشتراك', 'unsubscribe', 'unsubscribe needs a topic'],
    ['language', 'language', 'language needs en or ar'],
    ['لغة', 'language', 'language needs en or ar'],
    ['language french', 'language', '"french" is not one of them'],
    ['threads', 'threads', 'threads needs on or off'],
    ['threads maybe', 'threads', 'threads takes on or off, not "maybe"'],
    ['search', 'search', 'search needs words to look for'],
    [`follow ${'x'.repeat(201)}`, 'follow', 'A topic is at most 200 characters'],
  ])('%s → %s', (input, verb, fragment) => {
    const parsed = usageOf(input);
    expect(parsed.verb).toBe(verb);
    expect(parsed.suggestion).toBeNull();
    expect(parsed.message).toContain(fragment);
  });

  it('quotes what the user typed without its bidi controls', () => {
    const parsed = usageOf('language \u202efrench');
    expect(parsed.message).toContain('"french"');
    expect(parsed.message).not.toMatch(/\u202e/u);
  });
});

describe('did you mean', () => {
  it.each([
    ['folow egypt', 'follow egypt', 'follow'],
    ['follwo egypt', 'follow egypt', 'follow'],
    ['fllow Khartoum Process alerts', 'follow Khartoum Process alerts', 'follow'],
    ['Folow Egypt', 'follow Egypt', 'follow'],
    ['unfolow egypt', 'unfollow egypt', 'unfollow'],
    ['subscibe sudan', 'subscribe sudan', 'subscribe'],
    ['subscirbe sudan alerts', 'subscribe sudan alerts', 'subscribe'],
    ['unsubscrbie sudan', 'unsubscribe sudan', 'unsubscribe'],
    ['shedule monday 08:00', 'schedule monday 08:00', 'schedule'],
    ['schedlue fri 5pm Europe/London', 'schedule fri 5pm Europe/London', 'schedule'],
    ['langauge ar', 'language ar', 'language'],
    ['lanugage arabic', 'language arabic', 'language'],
    ['thread on', 'threads on', 'threads'],
    ['trak Tunis MoU = Tunisia memorandum', 'track Tunis MoU = Tunisia memorandum', 'track'],
    ['serach IOM Libya', 'search IOM Libya', 'search'],
    ['lst', 'list', 'list'],
    ['lsit', 'list', 'list'],
    ['breif', 'brief', 'brief'],
    ['source', 'sources', 'sources'],
    ['srouces', 'sources', 'sources'],
    ['hepl', 'help', 'help'],
    ['hlep follow', 'help follow', 'help'],
  ])('%s → %s', (input, suggestion, verb) => {
    const parsed = usageOf(input);
    expect(parsed.suggestion).toBe(suggestion);
    expect(parsed.verb).toBe(verb);
    expect(parsed.message).toContain(`Did you mean "${suggestion}"?`);
  });

  // Real searches whose first word is a verb, a verb's neighbour or a word like one: none is a command.
  it.each([
    'khartoum',
    'IOM Libya',
    'egypt returns',
    'briefing on libya',
    'brief history of the Khartoum Process',
    'list of deportations from Libya',
    'lost at sea',
    'lost',
    'last boat to lampedusa',
    'fellow migrants stranded in Sfax',
    'hollow promises EU Tunisia',
    'follows talks in Rome',
    'followed by deportation',
    'subscribed users',
    'tracks across the Sahara',
    'truck smuggling Niger',
    'trace missing migrants',
    'grief in Lampedusa',
    'sources say Tunisia',
    'help for refugees in Chad',
    'language barriers for asylum seekers',
    'threads of smuggling networks',
    'schedule of deportation flights',
    'موعد ترحيل المهاجرين من ليبيا',
    'lists of names',
    'brief',
    'الاتجار بالبشر',
    'المهاجرين',
    'المهاجر',
    'المصادرة',
    'مساعدة اللاجئين في السودان',
    'قائمة المهاجرين المرحلين',
    'موجز الأخبار عن ليبيا',
    'لغة الخطاب ضد المهاجرين',
    'المصادر الرسمية في تونس',
    'إلغاء التأشيرات',
    'رابع قارب يغرق',
    'تبع',
  ])('%s stays a search', (query) => {
    const parsed = parseCommand(query);
    if (query === 'brief') expect(parsed).toEqual({ kind: 'brief' });
    else expect(parsed).toEqual({ kind: 'search', query });
  });

  it('does not suggest a verb whose arguments do not fit', () => {
    expect(parseCommand('shedule monday 25:00')).toMatchObject({ kind: 'search' });
    expect(parseCommand('langauge barriers')).toMatchObject({ kind: 'search' });
    expect(parseCommand('trak record of EU funding')).toMatchObject({ kind: 'search' });
    expect(parseCommand('lst of names')).toMatchObject({ kind: 'search' });
  });

  it('leaves Arabic words near Arabic verbs alone', () => {
    expect(parseCommand('رابع')).toEqual({ kind: 'search', query: 'رابع' });
    expect(parseCommand('موجه')).toEqual({ kind: 'search', query: 'موجه' });
  });
});

describe('hostile input', () => {
  const hostile = [
    '<!channel>',
    '<!here> follow egypt',
    '<@U123>',
    '<@U123|bob> list',
    '<#C123|general>',
    '*bold* _x_ ~strike~ `code`',
    '"a" OR b* NEAR(x)',
    'egypt" OR 1=1 --',
    "'; DROP TABLE topics; --",
    '\u0000\u0000follow\u0000 egypt',
    '\u202e\u202dlist',
    '\u2066\u2067\u2068\u2069',
    '<at></at><at>x</at>',
    '<at>'.repeat(500),
    '&amp;'.repeat(300),
    '='.repeat(999),
    'track ' + '='.repeat(900),
    'track ' + ','.repeat(900) + '=',
    'schedule ' + '9'.repeat(900),
    '\ud800 lone surrogate \udfff',
    'ﷺ ﷽',
    'a'.repeat(100_000),
    ' '.repeat(100_000),
    '\u200b'.repeat(100_000),
    'follow ' + 'x '.repeat(50_000),
    '%s %n %x {{constructor}} __proto__',
    'constructor',
    '__proto__ x',
    'toString',
    'hasOwnProperty egypt',
    'language __proto__',
    'threads constructor',
  ];

  it.each(hostile.map((text) => [text.slice(0, 40), text]))('%j parses without throwing', (_, text) => {
    const parsed = parseCommand(text);
    expect(parsed.kind).toBeTypeOf('string');
    expect(JSON.stringify(parsed).length).toBeLessThan(4 * MAX_COMMAND_CHARS);
  });

  it('passes chat markup and full-text syntax through as the search text, unchanged', () => {
    expect(parseCommand('<!channel>')).toEqual({ kind: 'search', query: '<!channel>' });
    expect(parseCommand('"a" OR b* NEAR(x)')).toEqual({ kind: 'search', query: '"a" OR b* NEAR(x)' });
    expect(parseCommand('*bold* _x_')).toEqual({ kind: 'search', query: '*bold* _x_' });
  });

  it('drops NUL bytes and direction overrides', () => {
    expect(parseCommand('\u0000\u0000follow\u0000 egypt')).toEqual({ kind: 'follow', topic: 'egypt', alerts: false });
    expect(parseCommand('\u202e\u202dlist')).toEqual({ kind: 'list' });
    expect(parseCommand('\u2066\u2067\u2068\u2069')).toEqual({ kind: 'help' });
  });

  it('rejects 100 KB of text as too long, and quickly', () => {
    const started = performance.now();
    const parsed = usageOf('a'.repeat(100_000));
    expect(parsed.message).toContain('too long');
    expect(usageOf('follow ' + 'x '.repeat(50_000)).message).toContain('too long');
    expect(performance.now() - started).toBeLessThan(1000); // generous for slow CI; the real cost is ~1 ms
  });

  it('never reads a prototype property as a verb, language or switch', () => {
    expect(parseCommand('constructor')).toEqual({ kind: 'search', query: 'constructor' });
    expect(parseCommand('language __proto__')).toMatchObject({ kind: 'usage', verb: 'language' });
    expect(parseCommand('threads constructor')).toMatchObject({ kind: 'usage', verb: 'threads' });
  });
});
