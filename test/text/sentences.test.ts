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

  it('keeps French abbreviations with their sentence: Dr, Mgr, «art.», «cf.»', () => {
    expect(splitSentences("Le Dr Martin et Mgr Dubost ont cité l'art. L. 511-1 du Ceseda (cf. annexe). La préfecture n'a pas répondu.", 'fr')).toEqual([
      "Le Dr Martin et Mgr Dubost ont cité l'art. L. 511-1 du Ceseda (cf. annexe).",
      "La préfecture n'a pas répondu.",
    ]);
  });

  it('ends an English sentence at "art." and "ex.", which are French abbreviations only', () => {
    expect(splitSentences('She turned to art. Then she left.', 'en')).toEqual(['She turned to art.', 'Then she left.']);
  });

  it('gives an opening guillemet glued after a stop to the sentence it opens', () => {
    expect(splitSentences('« On ne peut pas accueillir tout le monde », a-t-il estimé.« Il faut des règles. » La ministre a répondu.', 'fr')).toEqual([
      '« On ne peut pas accueillir tout le monde », a-t-il estimé.',
      '« Il faut des règles. »',
      'La ministre a répondu.',
    ]);
  });

  it.each([
    ['a lower-case word', 'Les bénévoles ont distribué des repas dans le froid des Pyrénées.Alors que la neige tombait, les gendarmes sont arrivés.'],
    ['an elided article', "Le navire a été refusé par Malte.L'Italie a finalement accepté de l'accueillir."],
    ['a one-letter word', 'Les migrants ont été secourus au large de la Libye.À Lampedusa, le centre est saturé.'],
    ['an acronym', "La décision a été prise par l'UE.En attendant, les exilés patientent dans le froid."],
    ['a title', "Il a rencontré le président, a précisé l'AFP.M. Macron doit s'exprimer lundi."],
    ['a straight quote', 'Le ministre a promis des moyens."Nous allons ouvrir deux centres", a-t-il ajouté.'],
    ['a subheading in capitals', 'LES DÉPUTÉS RESTENT À CONVAINCRELes associations ne sont pas rassurées.'],
  ])('splits OrangeSum paragraphs joined with no space, before %s', (_case, text) => {
    const sentences = splitSentences(text, 'fr');
    expect(sentences).toHaveLength(2);
    expect(sentences.join(' ').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(sentences[1]).toMatch(/^["«]?\p{Lu}/u);
  });

  it('leaves stock tickers, initialisms and decimals whole', () => {
    expect(splitSentences('All airlines except Lufthansa (LHAG.DE) followed the U.S.Army rules at 3.5 percent.', 'en')).toHaveLength(1);
  });

  it('keeps German closing quotes with the sentence they close', () => {
    expect(splitSentences('„Die Lage ist ernst.“Am Dienstag kamen weitere Menschen an.', 'de')).toEqual([
      '„Die Lage ist ernst.“',
      'Am Dienstag kamen weitere Menschen an.',
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
