/**
 * Themes and the sentences and stories around their wordings (issue 14), in Arabic, English and French:
 * a wording whose sentence gives it another sense names no theme (border guards who stop drug runners,
 * migrants rescued in the desert, families displaced by a hurricane, waste carted away); a sea-crossing
 * story's one mention of irregular migrants is its irregular migration; an Arabic asylum story's bare
 * «اللاجئين» are its asylum seekers, not a refugees story. Every article is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { themesOf } from './helpers.js';

/** Filler paragraphs about the story's migrants, so that it is about migration and a mention sits deep in it. */
const MIGRANTS_AR = [
  'وقالت المنظمة الدولية للهجرة إن المهاجرين يواجهون ظروفا صعبة في المنطقة منذ أشهر، وإن أعداد المهاجرين الذين يصلون إلى البلاد ارتفعت هذا العام.',
  'وأضافت المنظمة في بيانها أن المهاجرين يحتاجون إلى الغذاء والماء والرعاية الطبية، وأن فرقها تعمل مع السلطات المحلية لتقديم المساعدة لهم في المدن الساحلية.',
  'وأشارت إلى أن أغلب المهاجرين قدموا من دول أفريقيا جنوب الصحراء، وأن بينهم نساء وأطفالا، وأنهم يقيمون في ظروف مزرية منذ وصولهم إلى المنطقة.',
];

describe('a theme wording in another sense', () => {
  it('reads no smuggling or border control where the sentence is about drugs, and still does where it names migrants', () => {
    const drugs = [
      'قال الجيش الأردني في بيان إنه قتل أربعة مهربين لدى محاولتهم اجتياز الحدود من سوريا وبحوزتهم كميات كبيرة من المخدرات.',
      'وأضاف البيان أن قوات حرس الحدود رصدت المجموعة بالتنسيق مع إدارة مكافحة المخدرات، وأن المهربين فروا إلى الأراضي السورية.',
      'وقال مسؤول عسكري إن شبكات تهريب المخدرات والأسلحة تنشط على الحدود منذ أشهر.',
    ];
    const migrants = [
      'قال الجيش الأردني في بيان إنه أوقف أربعة مهربين لدى محاولتهم اجتياز الحدود من سوريا مع عشرين مهاجرا.',
      'وأضاف البيان أن قوات حرس الحدود رصدت المجموعة، وأن المهربين كانوا يتقاضون ألف دولار من كل مهاجر.',
      'وقال مسؤول عسكري إن شبكات تهريب المهاجرين تنشط على الحدود منذ أشهر.',
    ];
    const title = 'الجيش الأردني يعلن مقتل أربعة أشخاص في اشتباك على الحدود';
    expect(themesOf(title, [...migrants, ...MIGRANTS_AR], 'ar')).toEqual(expect.arrayContaining(['theme:smuggling', 'theme:border-security']));
    const offSense = themesOf(title, [...drugs, ...MIGRANTS_AR], 'ar');
    expect(offSense).not.toContain('theme:smuggling');
    expect(offSense).not.toContain('theme:border-security');

    const english = (cargo: string) =>
      themesOf('Army clashes with smugglers on the border', [
        `Soldiers killed four smugglers who tried to cross the border carrying ${cargo}, the army said.`,
        `Border guards spotted the group at night; the smugglers had crossed the border with ${cargo} before.`,
        'Aid groups say migrants in the area face hunger, and thousands of migrants wait in camps for a chance to move on.',
      ], 'en');
    expect(english('migrants')).toContain('theme:smuggling');
    expect(english('cocaine and weapons')).not.toContain('theme:smuggling');
  });

  it('reads no sea crossing in a rescue in the desert, and reads one at sea', () => {
    const rescue = (where: string) =>
      themesOf(`Niger : 300 migrants secourus ${where}`, [
        `Trois cents migrants ont été secourus ${where} cette semaine, a annoncé l'Organisation internationale pour les migrations.`,
        'Les migrants, venus du Nigeria et du Mali, ont été conduits à Agadez où ils reçoivent des soins.',
        "Selon l'OIM, des milliers de migrants tentent chaque année de rejoindre l'Europe.",
      ], 'fr');
    expect(rescue('en mer au large de la Libye')).toContain('theme:sea-crossings');
    expect(rescue('dans le désert du Ténéré')).not.toContain('theme:sea-crossings');
  });

  it('reads no refugees in people displaced by a storm, and still reads refugees a storm hits', () => {
    const storm = themesOf('Hurricane leaves thousands displaced in Florida', [
      'Thousands of displaced families spent the night in shelters after the hurricane destroyed their homes, officials said.',
      'The displaced people are housed in schools; the storm also cut power to half a million homes.',
    ], 'en');
    expect(storm).not.toContain('theme:refugees');
    const camp = themesOf('Storm floods refugee camps in Lebanon', [
      'A winter storm flooded refugee camps in the Bekaa valley, where Syrian refugees live in tents, the UN refugee agency said.',
      'Refugees in the camps lost blankets and food; aid groups asked for help for the refugees.',
    ], 'en');
    expect(camp).toContain('theme:refugees');
  });

  it('reads no deportation in waste carted away', () => {
    // Not the fixed phrase «ترحيل النفايات» (blockers.json): the waste is named further on in the sentence.
    const waste = themesOf('البلدية تبدأ حملة نظافة في أحياء المدينة', [
      'بدأت البلدية أمس ترحيل ما تراكم من القمامة في الأحياء الشعبية بعد أسبوعين من الإضراب.',
      ...MIGRANTS_AR,
    ], 'ar');
    expect(waste).not.toContain('theme:returns');
    const deportation = themesOf('السلطات تبدأ ترحيل المهاجرين من أحياء المدينة', [
      'بدأت السلطات ترحيل المهاجرين المقيمين في الأحياء الشعبية بعد أسبوعين من المداهمات.',
      ...MIGRANTS_AR,
    ], 'ar');
    expect(deportation).toContain('theme:returns');
  });
});

describe('themes that lean on each other', () => {
  const story = (title: string, deep: string) =>
    themesOf(title, [
      ...MIGRANTS_AR,
      'وقال مسؤول محلي إن السلطات تعمل على تحسين ظروف استقبالهم في المراكز المخصصة لهم، وإن المنظمات الإنسانية تقدم لهم الدعم منذ بداية العام.',
      deep,
    ], 'ar');

  it("keeps a sea-crossing story's one deep mention of irregular migrants, not another story's", () => {
    const deep = 'ويقول خبراء إن أغلب هؤلاء دخلوا البلاد بطريقة غير شرعية بحثا عن عمل.';
    expect(story('غرق قارب يقل مهاجرين قبالة السواحل التونسية', deep)).toEqual(expect.arrayContaining(['theme:sea-crossings', 'theme:irregular-migration']));
    expect(story('المنظمة الدولية للهجرة تطلب مساعدات للمهاجرين في المدن', deep)).not.toContain('theme:irregular-migration');
  });

  it('reads the bare «اللاجئين» of an Arabic asylum story as its asylum seekers, not as a refugees story', () => {
    const asylum = [
      'قالت وزارة العدل الكورية الجنوبية إنها ستشدد القوانين المنظمة لوصول اللاجئين بعد ارتفاع عدد طلبات اللجوء.',
      'وأضافت أن طالبي اللجوء سينتظرون قرارا في طلباتهم لمدة أطول، وأن قانون اللاجئين سيعدل لمنع إساءة استعماله.',
      'وكانت السلطات قد تلقت خمسمئة طلب لجوء هذا العام، أغلبها من اليمنيين.',
    ];
    const themes = themesOf('كوريا الجنوبية تشدد قواعد اللجوء', asylum, 'ar');
    expect(themes).toContain('theme:asylum');
    expect(themes).not.toContain('theme:refugees');
    // A camp is the refugees' situation, whatever the story's asylum claims.
    const camp = themesOf('كوريا الجنوبية تشدد قواعد اللجوء', [...asylum, 'وفي مخيمات اللاجئين على الحدود يعيش آلاف اللاجئين في ظروف صعبة.'], 'ar');
    expect(camp).toEqual(expect.arrayContaining(['theme:asylum', 'theme:refugees']));
    // French keeps « demandeurs d'asile » and « réfugiés » apart: its bare « réfugiés » do not yield.
    const french = themesOf("La Corée du Sud durcit les règles de l'asile", [
      "Le ministère de la Justice va durcir les règles d'arrivée des réfugiés après la hausse des demandes d'asile.",
      "Les demandeurs d'asile attendront plus longtemps; les réfugiés yéménites sont déjà cinq cents sur l'île de Jeju.",
    ], 'fr');
    expect(french).toEqual(expect.arrayContaining(['theme:asylum', 'theme:refugees']));
  });
});
