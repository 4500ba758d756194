/**
 * Where an Arabic name ends. Without capitals, only a boundary shows it: punctuation, the end of the text, a
 * particle, a reporting verb or a title after it. The name starting at a token is two or three name units.
 */
import { arabicIn } from './people-arabic-keys.js';
import { ABD, ARABIC_GIVEN, AR_PLACE_BODIES, AR_COMPOUND_FIRST, AR_COMPOUND_SECOND, AR_CONNECTORS, FUTURE_VERB, GOD, IMPERFECT_VERB, PREPOSITION_BEFORE_NOUN } from './people-arabic-words.js';
import { foreignShaped, isArabicTitleHead } from './people-arabic-shapes.js';
import { isArabicScript } from '../text/normalise.js';
import type { Token } from '../text/tokens.js';
import type { NameSpan } from './people-spans.js';
import type { ArabicText } from './people-arabic-text.js';

// «اليمينية», «العارضة», «والقوى»: after a name, they are what follows it.
const NAME_FOLLOWER = /^(?:ال\S+ه|وال\S+)$/;
// «سيعود», «يقول», «رئيساً»: a verb or an accusative after a name reads like a third transliterated word.
const verbOrAccusative = (token: Token) => FUTURE_VERB.test(token.norm) || IMPERFECT_VERB.test(token.norm) || token.surface.endsWith('اً');
// «وابنته», «وشركائه»: «و» and a noun with «his» after it.
const WITH_ITS_OWNER = /^و\S{2,}ه$/;

/**
 * The name starting at `first`: two or three name units ending at a boundary (see below). A unit is
 * one token, or a connector and the token it binds («عبد الله», «أبو حمادة», «آيت باعمران»), so
 * «عاطف عبد الله أبو حمادة» is one name of three units and five tokens.
 */
/** `cued`: whether a cue opens the name; a function when it is only worth working out if needed. */
export function arabicNameFrom(s: ArabicText, first: number, titleStart?: number, conjoined = false, cued: boolean | (() => boolean) = titleStart !== undefined): NameSpan | undefined {
  const { text, tokens, coveredBy } = s;
  // «عبد الرحيم ود دقلو», «أحمد بن سلمان»: a known person's one-word surname after a connector is a
  // relative's family name, so it binds as any name word does (and the known person is not mentioned).
  const knownSurname = (i: number) => {
    const mention = coveredBy[i];
    return mention !== undefined && mention.entityId.startsWith('person:') && mention.firstToken === i && mention.endToken === i + 1 && isArabicScript(tokens[i]!.norm);
  };
  // «رئيس مجلس مدينة غريان», «… بلدة الزنتان»: a place noun and its place after a title are the title's body.
  if (arabicIn(AR_PLACE_BODIES, conjoined ? tokens[first]!.norm.slice(1) : tokens[first]!.norm)) return undefined;
  const unitEnds: number[] = [];
  let n = first;
  while (unitEnds.length < 3 && n < tokens.length && (n === first || (s.adjacent(n - 1, n) && !s.startsConjoinedName(n))) && ((conjoined && n === first) || s.isArabicNameToken(n, n - first))) {
    // The conjunction of "وعبد الرحمن" is outside the name.
    const norm = conjoined && n === first ? tokens[n]!.norm.slice(1) : tokens[n]!.norm;
    // «جان-كلود», «كونتريراس-سويت»: a hyphen joins two words into one unit of a name.
    const hyphenated = n + 1 < tokens.length && s.hyphenated(n, n + 1) && s.isArabicNameToken(n + 1, 1);
    const binds =
      hyphenated ||
      (n + 1 < tokens.length &&
      s.adjacent(n, n + 1) &&
      ((AR_CONNECTORS.has(norm) && (s.isArabicNameToken(n + 1, n + 1 - first) || (norm === ABD && s.divineName(n + 1)) || knownSurname(n + 1))) ||
        // «فاطمة الزهراء», «نور الدين», «سيف الإسلام»: one given name of two words.
        (!coveredBy[n + 1] && AR_COMPOUND_SECOND.has(tokens[n + 1]!.norm))));
    n += binds ? 2 : 1;
    unitEnds.push(n);
  }
  const givenFirst = ARABIC_GIVEN.has(conjoined ? tokens[first]!.norm.slice(1) : tokens[first]!.norm);
  // Without capitals, the end of an Arabic name is only certain at a boundary: punctuation, the end
  // of the text, or a particle/reporting verb ("… إن", "… في بيان"). The longest candidate (three
  // units, then two) that ends at one wins; with none, the "name" may be a verb phrase ("رحب
  // بقرار …") and nothing is kept.
  for (let units = unitEnds.length; units >= 2; units -= 1) {
    const end = unitEnds[units - 1]!;
    if (AR_CONNECTORS.has(tokens[end - 1]!.norm)) continue;
    const open = end < tokens.length && s.adjacent(end - 1, end);
    // A third unit is a family name ("محمد علي الحسيني", "علي عبد الله صالح") with the article, a
    // connector, or after a compound first or father's name with عبد (not after «بن جاسم», where a verb
    // follows). A plain one is also taken when a given name opens the name or is its father's name and
    // punctuation after a title, or a role, closes it («للدكتور نائل محمد إسماعيل-», «موسى فقي محمد،»).
    // Otherwise it is usually the verb or object that follows the name ("بشار الأسد قمع").
    if (units === 3) {
      const third = unitEnds[1]!;
      // «مارك زوكربيرغ وشركائه»: a word with the conjunction is what follows a name, not its third part.
      if (tokens[third]!.norm.startsWith('و') && !ARABIC_GIVEN.has(tokens[third]!.norm)) continue;
      // «ليناس أنتاناس لينكيفيشيوس», «ماريا لويزا غونزاليس»: two transliterated words after a given name or a
      // third are one foreign name, not a name and a verb.
      const foreign = end - first === 3 && (foreignShaped(tokens[first]!.norm) || ARABIC_GIVEN.has(tokens[first]!.norm)) && foreignShaped(tokens[first + 1]!.norm, true) && foreignShaped(tokens[third]!.norm, true) && !verbOrAccusative(tokens[third]!);
      const familyName = tokens[third]!.norm.startsWith('ال') || end - third === 2 || tokens[unitEnds[0]!]!.norm === ABD || unitEnds[0]! - first === 2 || foreign;
      const patronymic = ARABIC_GIVEN.has(tokens[first]!.norm) || ARABIC_GIVEN.has(tokens[first + 1]!.norm);
      // A role after it closes it even without a title before («حسب أحمد رفيق عوض المحلل السياسي»).
      // Without a title, only a role written with its article closes it («… أمين عام» may be a given name).
      const closedByRole = open && isArabicTitleHead(tokens[end]!.norm) && (titleStart !== undefined || tokens[end]!.norm.startsWith('ال'));
      const closedAfterTitle = patronymic && ((titleStart !== undefined && !open) || closedByRole);
      if (!familyName && !closedAfterTitle) continue;
    }
    // "عبد الفتاح" alone is only a compound first name.
    if (units === 2 && unitEnds[0]! - first === 1 && AR_COMPOUND_FIRST.has(tokens[first]!.norm) && end - first === 2) continue;
    // Two units opened by a given name also end before a preposition («… منصور لموقع»), and, after a
    // cue (title, nisba, reporting verb), after a family name with the article («الشاعر يوسف الخطيب ليصدح»).
    const endsUnclosed =
      open &&
      units === 2 &&
      (givenFirst || (foreignShaped(tokens[first]!.norm) && foreignShaped(tokens[end - 1]!.norm, true))) &&
      !ARABIC_GIVEN.has(tokens[end]!.norm) &&
      (PREPOSITION_BEFORE_NOUN.test(tokens[end]!.norm) ||
        // After a cue, a word no name continues with: a definite feminine noun or adjective, or «و» and a
        // definite word («السفير الفلسطيني أشرف دبور والقوى …», «… بيار رافاران اليمينية»).
        ((NAME_FOLLOWER.test(tokens[end]!.norm) || WITH_ITS_OWNER.test(tokens[end]!.surface)) && (typeof cued === 'function' ? cued() : cued)) ||
        (tokens[end - 1]!.norm.startsWith('ال') && (typeof cued === 'function' ? cued() : cued)) ||
        // After a title, a foreign family name then an Arabic word (a verb: «… ماتيو بيانتيدوزي ناقش»);
        // a listed second name may be a father's name with the family name still to come.
        (titleStart !== undefined && foreignShaped(tokens[end - 1]!.norm, true) && !foreignShaped(tokens[end]!.norm, true)));
    // «زايد طيب الله ثراه», «حفظه الله»: a phrase with God's name after it is a prayer, not the name's end.
    if (open && tokens[end]!.norm === GOD) continue;
    if (open && !s.closesName(end) && !endsUnclosed) continue;
    return titleStart === undefined ? { first, end } : { first, end, titleStart };
  }
  return undefined;
}
