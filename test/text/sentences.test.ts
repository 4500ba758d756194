/**
 * splitSentences on hand-written Arabic, English, French and German text (the abbreviation and
 * punctuation cases ICU gets wrong on its own), then invariants over every real corpus article.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';
import { corpusArticles, hasCorpus } from '../support/shared-corpus.js';

describe('splitSentences: Arabic', () => {
  it('ends sentences at . ؟ ! and line breaks, never at the Arabic comma', () => {
    const text = 'قال الوزير، في مؤتمر صحفي، إن الوضع على الحدود صعب. وأضاف: هل يمكن استقبال المزيد؟ لا!\nعنوان فرعي بلا نقطة\nوتابع أن الحكومة ستعلن خطتها الأسبوع المقبل';
    expect(splitSentences(text, 'ar')).toEqual([
      'قال الوزير، في مؤتمر صحفي، إن الوضع على الحدود صعب.',
      'وأضاف: هل يمكن استقبال المزيد؟',
      'لا!',
      'عنوان فرعي بلا نقطة',
      'وتابع أن الحكومة ستعلن خطتها الأسبوع المقبل',
    ]);
  });

  it('splits after a full stop with no space, keeps decimals and Latin acronyms', () => {
    expect(splitSentences('ارتفع العدد إلى 3.5 مليون.وأضافت المنظمة (IOM) أن الأرقام أولية.', 'ar')).toEqual([
      'ارتفع العدد إلى 3.5 مليون.',
      'وأضافت المنظمة (IOM) أن الأرقام أولية.',
    ]);
  });

  it('keeps spelled initialisms such as بي. بي. سي and إم. آي 6 together', () => {
    expect(splitSentences('وقالت بي. بي. سي عربي إن جهاز إم. آي 6 رفض التعليق. ثم بدأ التصوير.', 'ar')).toEqual([
      'وقالت بي. بي. سي عربي إن جهاز إم. آي 6 رفض التعليق.',
      'ثم بدأ التصوير.',
    ]);
  });

  it('keeps a quoted sentence with its closing quote', () => {
    expect(splitSentences('وقال المتحدث "لن نقبل بذلك." ثم غادر القاعة.', 'ar')).toEqual([
      'وقال المتحدث "لن نقبل بذلك."',
      'ثم غادر القاعة.',
    ]);
  });
});

describe('splitSentences: English', () => {
  it('does not break after titles, initials, dotted acronyms, decimals or "No."', () => {
    const text =
      'Mr. Haddad met Dr. Okafor at the U.S. embassy on Jan. 5. The U.N. said 3.5 million people had moved. ' +
      'See No. 5 in the annex! Was it enough? Gov. Reyes and Sen. Park visited St. Anne’s shelter with John F. Osei.';
    expect(splitSentences(text, 'en')).toEqual([
      'Mr. Haddad met Dr. Okafor at the U.S. embassy on Jan. 5.',
      'The U.N. said 3.5 million people had moved.',
      'See No. 5 in the annex!',
      'Was it enough?',
      'Gov. Reyes and Sen. Park visited St. Anne’s shelter with John F. Osei.',
    ]);
  });

  it('joins "U.S. President" but still ends a sentence at "the U.S. The …"', () => {
    expect(splitSentences('The talks were backed by U.S. President Lee. They moved to the U.S. The flight was late.', 'en')).toEqual([
      'The talks were backed by U.S. President Lee.',
      'They moved to the U.S.',
      'The flight was late.',
    ]);
  });

  it('handles quotes, ellipses-free line breaks and lost spaces', () => {
    expect(splitSentences('“We are ready,” she said. “Are you?”\nHe nodded.Then he left.', 'en')).toEqual([
      '“We are ready,” she said.',
      '“Are you?”',
      'He nodded.',
      'Then he left.',
    ]);
  });

  it('ends at p.m. before a new sentence', () => {
    expect(splitSentences('The boat landed at 3 p.m. The crew was safe.', 'en')).toEqual([
      'The boat landed at 3 p.m.',
      'The crew was safe.',
    ]);
  });
});

describe('splitSentences: French and German', () => {
  it('keeps M., Mme and guillemets with their sentence', () => {
    expect(splitSentences('M. Durand et Mme Roche ont visité le centre. Il a dit : « Non. » Le taux atteint 3,5 %.', 'fr')).toEqual([
      'M. Durand et Mme Roche ont visité le centre.',
      'Il a dit : « Non. »',
      'Le taux atteint 3,5 %.',
    ]);
  });

  it('keeps German ordinals and z.B. inside the sentence', () => {
    expect(splitSentences('Am 3. Oktober kamen mehr Menschen an. Das gilt z.B. für Nr. 5 der Liste.', 'de')).toEqual([
      'Am 3. Oktober kamen mehr Menschen an.',
      'Das gilt z.B. für Nr. 5 der Liste.',
    ]);
  });
});

describe('splitSentences: edge cases', () => {
  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('', 'en')).toEqual([]);
    expect(splitSentences(' \n\n\t ', 'ar')).toEqual([]);
  });

  it('never returns empty or untrimmed sentences, even from stray punctuation', () => {
    const sentences = splitSentences('  First one.  \n\n »\n - \n Second one!  ', 'en');
    expect(sentences).toEqual(['First one. »', 'Second one!']);
  });

  it('accepts an unknown language tag', () => {
    expect(splitSentences('One. Two.', 'und')).toEqual(['One.', 'Two.']);
  });
});

describe.skipIf(!hasCorpus)('splitSentences on the shared corpus', () => {
  it('loses no words and yields trimmed, non-empty sentences', () => {
    const wordChars = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');
    let total = 0;
    for (const article of corpusArticles()) {
      const sentences = splitSentences(article.text, article.lang);
      total += sentences.length;
      for (const sentence of sentences) {
        expect(sentence).toBe(sentence.trim());
        expect(sentence).not.toBe('');
      }
      expect(wordChars(sentences.join(''))).toBe(wordChars(article.text));
    }
    console.info(`[sentences] ${total} sentences in ${corpusArticles().length} articles`);
  });

  it('never ends a sentence on a common English title abbreviation', () => {
    for (const article of corpusArticles().filter((a) => a.lang === 'en')) {
      for (const sentence of splitSentences(article.text, 'en')) {
        expect(sentence).not.toMatch(/(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.$/);
      }
    }
  });
});
