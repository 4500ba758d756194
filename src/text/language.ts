/**
 * Language identification for incoming articles and titles (ISO 639-1, or `und`).
 *
 * The writing system settles most cases on its own and costs one pass over the sample, so it comes
 * first. Arabic script is Arabic unless the letters say otherwise: Persian and Urdu write ya and kaf
 * as ی/ک where Arabic writes ي/ك, and Urdu alone has ے ں ٹ ڈ ڑ ہ ھ. Latin script goes to a
 * function-word count, which is decisive for ordinary prose and an order of magnitude cheaper than
 * trigrams; only when it is not (headlines, short or unusual text) does franc-min score trigrams over
 * a whitelist.
 * franc-min is trained on prose and guesses wildly on headlines ("U.S. arms sales jump 25 percent"
 * comes out French), so for short text its verdict is weighed against function words and an English
 * prior — the Latin-script sources this bot follows are overwhelmingly English.
 * https://github.com/wooorm/franc/tree/main/packages/franc-min
 */
import { francAll } from 'franc-min';

/** Returned when the text is too short or in a script we cannot place. */
export const UNDETERMINED = 'und';

/** Characters looked at: enough for a confident verdict, bounded so ingestion stays fast. */
const SAMPLE_CHARS = 1500;
/** franc's trigram pass is the expensive step; a shorter sample is as accurate on prose. */
const FRANC_SAMPLE_CHARS = 600;
/** Fewer letters than this cannot be placed at all. */
const MIN_LETTERS = 3;

const ISO_639_1: Readonly<Record<string, string>> = {
  arb: 'ar', urd: 'ur', pes: 'fa',
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', tur: 'tr', pol: 'pl',
  ron: 'ro', swe: 'sv', ind: 'id', hun: 'hu', ces: 'cs', som: 'so', swh: 'sw', hau: 'ha',
  rus: 'ru', ukr: 'uk', bul: 'bg', bel: 'be', srp: 'sr', kaz: 'kk',
  hin: 'hi', mar: 'mr', npi: 'ne',
};

/**
 * Latin-script languages franc may choose from. A short list keeps headlines from drifting into
 * languages we never ingest (Cebuano, Sundanese…); Somali, Swahili and Hausa stay because they
 * matter on the migration routes we follow.
 */
const LATIN_CANDIDATES = [
  'eng', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'tur', 'pol', 'ron', 'swe', 'ind', 'hun', 'ces',
  'som', 'swh', 'hau',
];
const ARABIC_SCRIPT_CANDIDATES = ['arb', 'urd', 'pes'];
const CYRILLIC_CANDIDATES = ['rus', 'ukr', 'bul', 'bel', 'srp', 'kaz'];
const DEVANAGARI_CANDIDATES = ['hin', 'mar', 'npi'];

/**
 * The most frequent short words of each language, lower case, accents kept. Words shared by several
 * languages ("de", "la", "in") count for each of them; the distinctive ones carry the decision.
 */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the a of and to in is are was were for on with as by at from that this it its be been has have had will would not but or an said says after over about than who their they he she we which',
  fr: 'le la les des du de un une et est sont pour dans sur au aux par avec que qui ne pas plus ce cette ces il elle ils nous vous été être à où leur selon entre aussi mais dont',
  de: 'der die das und ist sind nicht mit von den dem des für auf ein eine einen im zu sich auch es wie bei nach aus wird werden hat haben noch zum zur über dass oder',
  es: 'el la los las del y en que por para con una un es se no al su sus como más pero fue ha este esta entre sobre también',
  it: 'il lo la gli le della del di e che per con non una un è sono alla al dei delle nel nella più anche come ma ha',
  pt: 'o os a as da do das dos em no na nos nas e que por para com não uma um é são ao mais foi seu sua pelo pela',
  nl: 'de het een van en in is niet voor met op zijn dat die te aan er ook bij naar wordt om uit',
};
const FW_LANGS = Object.keys(FUNCTION_WORDS);
/** word → bit set over FW_LANGS. */
const FUNCTION_WORD_MASK: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  FW_LANGS.forEach((lang, i) => {
    for (const word of (FUNCTION_WORDS[lang] ?? '').split(' ')) map.set(word, (map.get(word) ?? 0) | (1 << i));
  });
  return map;
})();

/** URLs, e-mail addresses and handles are Latin letters whatever the language around them. */
const NON_PROSE = /https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+|[@#][\w.]+/gi;
const LATIN_WORD = /[a-zà-öø-ÿœæ]+/g;

interface ScriptCounts {
  latin: number;
  arabic: number;
  /** Arabic-only letters: ة ى ي ك. */
  arabicMarks: number;
  /** ی ک پ چ ژ گ — Persian and Urdu (an Arabic text has them only in the odd foreign name). */
  persoUrdu: number;
  /** ٹ ڈ ڑ ں ے ہ ھ — Urdu only. */
  urduOnly: number;
  cyrillic: number;
  greek: number;
  hebrew: number;
  devanagari: number;
  han: number;
  kana: number;
  hangul: number;
  thai: number;
}

function countScripts(sample: string): ScriptCounts {
  const c: ScriptCounts = {
    latin: 0, arabic: 0, arabicMarks: 0, persoUrdu: 0, urduOnly: 0, cyrillic: 0, greek: 0, hebrew: 0,
    devanagari: 0, han: 0, kana: 0, hangul: 0, thai: 0,
  };
  // A code-unit loop: a regex per script would walk the sample a dozen times.
  for (let i = 0; i < sample.length; i++) {
    const u = sample.charCodeAt(i);
    if (u < 0x80) {
      if ((u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a)) c.latin++;
    } else if (u <= 0x24f || (u >= 0x1e00 && u <= 0x1eff)) {
      if (u >= 0xc0 && u !== 0xd7 && u !== 0xf7) c.latin++;
    } else if (u >= 0x0600 && u <= 0x06ff) {
      if (isArabicLetter(u)) {
        c.arabic++;
        if (u === 0x0629 || u === 0x0649 || u === 0x064a || u === 0x0643) c.arabicMarks++;
        else if (u === 0x06cc || u === 0x06a9 || u === 0x067e || u === 0x0686 || u === 0x0698 || u === 0x06af) c.persoUrdu++;
        else if (u === 0x0679 || u === 0x0688 || u === 0x0691 || u === 0x06ba || u === 0x06d2 || u === 0x06c1 || u === 0x06be) c.urduOnly++;
      }
    } else if ((u >= 0x0750 && u <= 0x077f) || (u >= 0x08a0 && u <= 0x08ff) || (u >= 0xfb50 && u <= 0xfdff) || (u >= 0xfe70 && u <= 0xfefc)) {
      c.arabic++;
    } else if (u >= 0x0400 && u <= 0x04ff) c.cyrillic++;
    else if (u >= 0x0370 && u <= 0x03ff) c.greek++;
    else if (u >= 0x05d0 && u <= 0x05ea) c.hebrew++;
    else if (u >= 0x0900 && u <= 0x097f) c.devanagari++;
    else if (u >= 0x0e00 && u <= 0x0e7f) c.thai++;
    else if (u >= 0x3040 && u <= 0x30ff) c.kana++;
    else if (u >= 0x4e00 && u <= 0x9fff) c.han++;
    else if ((u >= 0xac00 && u <= 0xd7af) || (u >= 0x1100 && u <= 0x11ff)) c.hangul++;
  }
  return c;
}

function isArabicLetter(u: number): boolean {
  // Letters only: punctuation (، ؛ ؟), digits, tatweel and diacritics say nothing about the language.
  return (u >= 0x0620 && u <= 0x063f) || (u >= 0x0641 && u <= 0x064a) || (u >= 0x066e && u <= 0x06d3) || u === 0x06d5 || (u >= 0x06fa && u <= 0x06ff);
}

/**
 * The language of `text` as an ISO 639-1 code ('ar', 'en', 'fr', 'de', 'ur', 'fa', 'es', …), or
 * 'und' when it is too short or in a script we do not place. Looks at the first 1,500 characters.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS).replace(NON_PROSE, ' ');
  const c = countScripts(sample);
  const scripts: Array<[string, number]> = [
    ['latin', c.latin], ['arabic', c.arabic], ['cyrillic', c.cyrillic], ['greek', c.greek],
    ['hebrew', c.hebrew], ['devanagari', c.devanagari], ['cjk', c.han + c.kana], ['hangul', c.hangul],
    ['thai', c.thai],
  ];
  let top: [string, number] = ['none', 0];
  for (const entry of scripts) if (entry[1] > top[1]) top = entry;
  if (top[1] < MIN_LETTERS) return UNDETERMINED;

  switch (top[0]) {
    case 'arabic':
      return arabicScriptLanguage(sample, c);
    case 'latin':
      return latinLanguage(sample, c.latin);
    case 'cyrillic':
      return francAmong(sample, CYRILLIC_CANDIDATES) ?? 'ru';
    case 'devanagari':
      return francAmong(sample, DEVANAGARI_CANDIDATES) ?? 'hi';
    case 'greek':
      return 'el';
    case 'hebrew':
      return 'he';
    case 'cjk':
      // Japanese mixes kana into Han; Chinese has none.
      return c.kana > 0.1 * (c.han + c.kana) ? 'ja' : 'zh';
    case 'hangul':
      return 'ko';
    case 'thai':
      return 'th';
    default:
      return UNDETERMINED;
  }
}

function arabicScriptLanguage(sample: string, c: ScriptCounts): string {
  const nonArabic = c.persoUrdu + c.urduOnly;
  // The letter evidence is overwhelming in real text (an Arabic article has hundreds of ي/ك/ة and at
  // most a handful of گ/چ from foreign names); it is ambiguous only in tiny or oddly encoded text.
  if (nonArabic > 2 * c.arabicMarks) {
    return c.urduOnly >= Math.max(1, 0.1 * nonArabic) ? 'ur' : 'fa';
  }
  // Some Persian sites type Arabic ي/ك; the remaining پ/چ/ژ/گ then show up at a few percent.
  if (nonArabic >= 2 && nonArabic >= 0.005 * c.arabic) {
    const ranked = francAll(arabicLettersOnly(sample).slice(0, FRANC_SAMPLE_CHARS), { only: ARABIC_SCRIPT_CANDIDATES });
    const best = ranked[0];
    const arabic = ranked.find(([lang]) => lang === 'arb');
    // Arabic stays the default unless franc is clearly for another language.
    if (best && best[0] !== 'arb' && arabic && arabic[1] < 0.9) return ISO_639_1[best[0]] ?? 'ar';
  }
  return 'ar';
}

function arabicLettersOnly(sample: string): string {
  // Latin acronyms ("IOM", "CNN") in an Arabic text would only add noise to Arabic trigrams.
  return sample.replace(/[^\u0600-\u06ff\u0750-\u077f\s]+/g, ' ');
}

/**
 * Function-word evidence per FW_LANGS entry, and the number of words seen. A word shared by k
 * languages gives each 1/k, so "in" (English, Dutch) counts half and "zu" (German only) counts fully.
 */
function functionWordHits(sample: string): { hits: number[]; words: number } {
  const hits = FW_LANGS.map(() => 0);
  let words = 0;
  for (const match of sample.toLowerCase().matchAll(LATIN_WORD)) {
    words++;
    const mask = FUNCTION_WORD_MASK.get(match[0]);
    if (mask === undefined) continue;
    const share = 1 / popCount(mask);
    for (let i = 0; i < hits.length; i++) if (mask & (1 << i)) hits[i] = (hits[i] ?? 0) + share;
  }
  return { hits, words };
}

function popCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/** Prose is settled by function words alone when one language leads clearly. */
const PROSE_MIN_WORDS = 25;
const PROSE_MIN_DENSITY = 0.15;
const PROSE_LEAD = 1.6;
/** Weight of function-word density when it is combined with franc's score on short text. */
const FUNCTION_WORD_WEIGHT = 0.6;
/** Below this many letters franc alone is unreliable and must be backed by other evidence. */
const SHORT_TEXT_LETTERS = 200;
/** franc's normalised score (best = 1) under which English is out of the running even on a headline. */
const FRANC_FAR_BEHIND = 0.7;

/**
 * Letters that English never uses, with the languages that do. On a headline one "ß" or "ç" is
 * worth more than franc's trigram ranking, which flips between close Latin languages.
 */
const LETTER_HINTS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    ß: ['de'], ä: ['de', 'sv'], ö: ['de', 'sv', 'tr', 'hu'], ü: ['de', 'tr', 'hu'],
    é: ['fr', 'es', 'pt', 'it', 'hu', 'cs'], è: ['fr', 'it'], ê: ['fr', 'pt'], ë: ['fr', 'nl'], à: ['fr', 'it', 'pt'],
    â: ['fr', 'pt', 'ro'], î: ['fr', 'ro'], ô: ['fr', 'pt'], û: ['fr'], ù: ['fr', 'it'], ç: ['fr', 'pt', 'tr'],
    œ: ['fr'], ï: ['fr', 'nl'], ñ: ['es'], á: ['es', 'pt', 'hu', 'cs'], í: ['es', 'pt', 'hu', 'cs'],
    ó: ['es', 'pt', 'pl', 'hu', 'cs'], ú: ['es', 'pt', 'hu', 'cs'], ã: ['pt'], õ: ['pt'], å: ['sv'],
    ş: ['tr', 'ro'], ğ: ['tr'], ı: ['tr'], ă: ['ro'], ș: ['ro'], ț: ['ro'], ł: ['pl'], ą: ['pl'], ę: ['pl'],
    ś: ['pl'], ż: ['pl'], ź: ['pl'], ń: ['pl'], ő: ['hu'], ű: ['hu'], ř: ['cs'], ě: ['cs'], ů: ['cs'],
    č: ['cs'], š: ['cs'], ž: ['cs'],
  }),
);
const LETTER_HINT_PATTERN = /[ßäöüéèêëàâîôûùçœïñáíóúãõåşğıășțłąęśżźńőűřěůčšž]/g;
/**
 * Typography that English never uses: French puts a space before : ; ! ? («Immigration : Macron
 * recadre…», a headline with no accent and no function word), and guillemets quote in several
 * languages (German points them the other way).
 */
const FRENCH_SPACED_PUNCTUATION = /\p{L}[\s\u00a0\u202f][:;!?](?:\s|$)/u;
const GUILLEMET_LANGUAGES: readonly string[] = ['fr', 'es', 'it', 'pt', 'de'];
/** Added to French's score on short text with that spacing: trigrams on a headline flip between close languages. */
const FRENCH_TYPOGRAPHY_WEIGHT = 0.15;

function latinLanguage(sample: string, latinLetters: number): string {
  const { hits, words } = functionWordHits(sample);
  const ranked = FW_LANGS.map((lang, i) => ({ lang, hits: hits[i] ?? 0 })).sort((a, b) => b.hits - a.hits);
  const first = ranked[0];
  const second = ranked[1];
  if (first && second && words >= PROSE_MIN_WORDS && first.hits >= PROSE_MIN_DENSITY * words && first.hits >= PROSE_LEAD * second.hits) {
    return first.lang;
  }

  const scores = new Map<string, number>();
  for (const [code, score] of francAll(sample.slice(0, FRANC_SAMPLE_CHARS), { only: LATIN_CANDIDATES })) {
    const lang = ISO_639_1[code];
    if (lang) scores.set(lang, score);
  }
  // franc's minimum length not reached: the script is all we know, and our Latin sources are English.
  if (scores.size === 0) return 'en';
  const hitsOf = (lang: string): number => hits[FW_LANGS.indexOf(lang)] ?? 0;
  FW_LANGS.forEach((lang) => {
    const density = words > 0 ? hitsOf(lang) / words : 0;
    scores.set(lang, (scores.get(lang) ?? 0) + FUNCTION_WORD_WEIGHT * density);
  });
  if (latinLetters >= SHORT_TEXT_LETTERS) return bestOf(scores, () => true) ?? 'en';

  // Short text: a language needs evidence besides trigrams — its own function words or letters.
  const hinted = new Set<string>();
  for (const match of sample.toLowerCase().matchAll(LETTER_HINT_PATTERN)) {
    for (const lang of LETTER_HINTS.get(match[0]) ?? []) hinted.add(lang);
  }
  if (FRENCH_SPACED_PUNCTUATION.test(sample)) {
    hinted.add('fr');
    scores.set('fr', (scores.get('fr') ?? 0) + FRENCH_TYPOGRAPHY_WEIGHT);
  }
  if (sample.includes('«') || sample.includes('»')) for (const lang of GUILLEMET_LANGUAGES) hinted.add(lang);
  const englishHits = hitsOf('en');
  // English is the default for an unmarked headline, unless franc puts it far behind — which on
  // headlines happens almost only for other languages.
  const englishPlausible = (scores.get('en') ?? 0) >= FRANC_FAR_BEHIND && (hinted.size === 0 || englishHits > 0);
  const supported = (lang: string): boolean =>
    lang === 'en' ? englishPlausible : hinted.has(lang) || hitsOf(lang) > englishHits;
  return bestOf(scores, supported) ?? bestOf(scores, (lang) => lang !== 'en' || englishPlausible) ?? 'en';
}

function bestOf(scores: ReadonlyMap<string, number>, allowed: (lang: string) => boolean): string | undefined {
  let best: string | undefined;
  let bestScore = -Infinity;
  for (const [lang, score] of scores) {
    if (allowed(lang) && score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

function francAmong(sample: string, only: string[]): string | undefined {
  const best = francAll(sample.slice(0, FRANC_SAMPLE_CHARS), { only })[0];
  return best && best[0] !== UNDETERMINED ? ISO_639_1[best[0]] : undefined;
}
