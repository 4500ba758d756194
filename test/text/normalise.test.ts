/**
 * Matching-form normalisation and clitic-aware keys: the base of entity matching and search.
 * Hand-written examples for each Arabic variant, then the whole real corpus for invariants.
 */
import { describe, expect, it } from 'vitest';
import { foldDigits, normaliseForMatch, stripFormatChars } from '../../src/text/normalise.js';
import { aliasKey, arabicCandidates, findToken, phraseKeys, textKeys, tokenise } from '../../src/text/tokens.js';
import { corpusArticles, hasCorpus } from '../support/shared-corpus.js';

describe('normaliseForMatch', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إيطاليا', 'ايطاليا'],
    ['آلاف', 'الاف'],
    ['ٱلهجرة', 'الهجره'],
    ['مصطفى', 'مصطفي'],
    ['الهجرة', 'الهجره'],
    ['مُهَاجِرُونَ', 'مهاجرون'],
    ['الهـــجرة', 'الهجره'],
    ['لاجئ', 'لاجي'],
    ['مؤتمر', 'موتمر'],
    ['ﻻﺟﺌﻴﻦ', 'لاجيين'], // presentation forms of لاجئين
    ['کشور', 'كشور'],
    ['٢٠١٧', '2017'],
    ['۱۴۰۲', '1402'],
    ['Réfugiés', 'refugies'],
    ['IOM', 'iom'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseForMatch(input)).toBe(expected);
  });

  it('gives the same forms beside emoji and other characters outside the BMP', () => {
    // Text with surrogate pairs takes the regex path, the rest a one-pass fold: both must agree.
    expect(normaliseForMatch('Réfugiés 🚢 ٱلهـجرة')).toBe('refugies 🚢 الهجره');
    expect(normaliseForMatch('Réfugiés ٱلهـجرة')).toBe('refugies الهجره');
    expect(normaliseForMatch('\u{E0041}سوريا\u{1D167}')).toBe('سوريا');
  });

  it('drops invisible bidi controls that could split a word', () => {
    expect(normaliseForMatch('مص\u200Fر')).toBe('مصر');
    expect(stripFormatChars('\u202Eegypt\u202C')).toBe('egypt');
  });

  it('folds digits without touching other text', () => {
    expect(foldDigits('عام ٢٠١٩، يوم ١٢')).toBe('عام 2019، يوم 12');
  });
});

describe('tokens and clitics', () => {
  it('keeps surface forms and their offsets in the original text', () => {
    const text = 'قال «المنظمةُ الدولية» إن';
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.surface)).toEqual(['قال', 'المنظمةُ', 'الدولية', 'إن']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });

  it('splits words the same way with or without emoji in the text', () => {
    const words = (text: string) => tokenise(text).map((t) => [t.surface, t.start]);
    const plain = 'L’OIM a secouru 40\u00A0migrants ; «\u0627\u0644\u0640\u0647\u062c\u0631\u0629» — مُهاجرون‌ها';
    expect(words(plain)).toEqual([['L', 0], ['OIM', 2], ['a', 6], ['secouru', 8], ['40', 16], ['migrants', 19], ['الـهجرة', 31], ['مُهاجرون‌ها', 42]]);
    const withEmoji = tokenise(`${plain} 🚢`).map((t) => [t.surface, t.start]);
    expect(withEmoji).toEqual(words(plain));
  });

  it('finds the first token a test accepts, as tokenise gives it', () => {
    const text = 'Au large de la Libye, 40 migrants ; قبالة سواحل ليبيا';
    const libya = (norm: string) => textKeys(norm).includes(aliasKey(normaliseForMatch('ليبيا'))) || norm === 'libye';
    expect(findToken(text, libya)).toEqual(tokenise(text).find((t) => libya(t.norm)));
    expect(findToken(text, (norm) => norm === 'absent')).toBeUndefined();
  });

  it.each([
    ['بليبيا', 'ليبيا'],
    ['وليبيا', 'ليبيا'],
    ['والسودان', 'السودان'],
    ['لمصر', 'مصر'],
    ['للهجرة', 'الهجرة'],
    ['لعملية', 'عملية'],
    ['فالمهاجرون', 'المهاجرون'],
    ['وبالاتحاد', 'الاتحاد'],
  ])('"%s" can match the alias word "%s"', (text, alias) => {
    expect(textKeys(normaliseForMatch(text))).toContain(aliasKey(normaliseForMatch(alias)));
  });

  it('never strips a word down to less than two letters', () => {
    for (const candidate of arabicCandidates(normaliseForMatch('لها'))) expect(candidate.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps letters that belong to the word', () => {
    // ل is part of ليبيا: the alias key keeps it, so a bare "يبيا" cannot stand for Libya.
    expect(aliasKey(normaliseForMatch('ليبيا'))).toBe('ليبيا');
    expect(phraseKeys('المنظمة الدولية للهجرة')).toEqual(['منظمه', 'دوليه', 'هجره']);
  });

  it('stems English so inflections meet', () => {
    expect(textKeys('migrants')).toEqual(textKeys('migrant'));
    expect(textKeys('trafficked')).toEqual(textKeys('trafficking'));
  });
});

describe.skipIf(!hasCorpus)('normalisation on the real corpus', () => {
  it('leaves no diacritics, tatweel, hamza forms, alef maqsura, ta marbuta or Eastern digits, and is idempotent', () => {
    const forbidden = /[\u064B-\u065F\u0670\u0640أإآٱىة٠-٩۰-۹]/;
    let words = 0;
    for (const article of corpusArticles().filter((a) => a.lang === 'ar')) {
      for (const token of tokenise(`${article.title}\n${article.text}`)) {
        words += 1;
        expect(forbidden.test(token.norm), token.surface).toBe(false);
        expect(normaliseForMatch(token.norm)).toBe(token.norm);
      }
    }
    expect(words).toBeGreaterThan(100_000);
  });
});
