/**
 * Theme wordings of the sixth round (issue 14), as the Arabic press writes them: hostility to migrants
 * in its indefinite forms («مشاعر معادية للمهاجرين», without the article the wordings had), and refugees
 * or migrants «مطرودين» (expelled), and the thwarted crossing «اجتياز الحدود خلسة», which names both the
 * irregular crossing and the border control that stopped it. Every sentence is written for these tests.
 */
import { describe, it } from 'vitest';
import { expectWordings } from './helpers.js';

describe('Arabic wordings of the sixth round', () => {
  it('reads hostility to migrants written without the article as integration', () => {
    expectWordings({
      what: 'hostility to migrants, indefinite',
      theme: 'theme:integration',
      found: ['وأثار وصول مئات اليمنيين مشاعر معادية للمهاجرين في الجزيرة.', 'ونظم ناشطون مسيرة مناهضة للمهاجرين في وسط المدينة.', 'وانتشرت على الشبكات تعليقات معادية للاجئين السوريين.'],
      notFound: ['وأطلق الحزب حملة معادية للحكومة في البرلمان.'],
    });
  });

  it('reads expelled refugees and migrants as returns, not an expelled player', () => {
    expectWordings({
      what: 'expelled refugees and migrants',
      theme: 'theme:returns',
      found: ['وتهدد المفوضية الدول التي ترفض استقبال لاجئين مطرودين من أوروبا.', 'ووصلت إلى المطار طائرة تقل المهاجرين المطرودين من ليبيا.'],
      notFound: ['وغاب عن المباراة اللاعب المطرود في اللقاء السابق.'],
    });
  });

  it('reads a clandestine border crossing as irregular migration and border control both', () => {
    const sentences = ['أحبطت وحدات الحرس البحري عملية اجتياز للحدود البحرية خلسة قبالة سواحل صفاقس.', 'وأوقفت الشرطة 12 شخصا حاولوا اجتياز الحدود خلسة نحو الجزائر.'];
    expectWordings({ what: 'clandestine crossing, irregular', theme: 'theme:irregular-migration', found: sentences });
    expectWordings({ what: 'clandestine crossing, border control', theme: 'theme:border-security', found: sentences });
  });
});
