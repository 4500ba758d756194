/**
 * Every country's national bodies from one template (src/entities/gazetteer/national-bodies.json):
 * the body named with the country in Arabic, English and French, the body named bare and read as
 * the body of the country the article is about, and the traps (a minister's title is not the
 * ministry, a ministry of no named country is nobody's, «الحدود البحرية» is no navy). The sentences
 * are written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer, organisationsOnlyOnTopic } from '../../src/entities/gazetteer.js';
import { withoutOffTopicEntities } from '../../src/entities/theme-support.js';
import { idsIn, organisationsIn } from './helpers.js';


describe('a national body named with its country', () => {
  it.each([
    // Bodies no entry was written for: the template alone names them.
    ['Lebanon’s coast guard intercepted a boat carrying 60 people off Tripoli.', 'org:lb-coast-guard'],
    ['Bulgarian border police said they had stopped 300 people at the fence.', 'org:bg-border-police'],
    ['The Kenyan Supreme Court blocked the closure of the Dadaab camp.', 'org:ke-supreme-court'],
    ['وأعلنت البحرية الجزائرية إنقاذ 25 مهاجراً قبالة وهران.', 'org:dz-navy'],
    ['وقالت وزارة العمل الأردنية إنها ستمنح تصاريح عمل جديدة للاجئين.', 'org:jo-labour-ministry'],
    ['وأوقف حرس الحدود البلغاري مجموعة من المهاجرين قرب الحدود التركية.', 'org:bg-border-guard'],
    ['Le ministère sénégalais de l’Intérieur a annoncé le rapatriement de 120 migrants.', 'org:sn-interior-ministry'],
    ['La gendarmerie nigérienne a intercepté deux camions à Agadez.', 'org:ne-gendarmerie'],
    ['La Cour constitutionnelle italienne a censuré une partie du décret.', 'org:it-constitutional-court'],
    ['The Greek migration service registered 2,000 new asylum claims in May.', 'org:gr-migration-service'],
    // «قوات …» before the body, its nisba agreeing with «قوات»; the nisba between the court and «العليا».
    ['وأوقفت قوات الدرك الأردنية عشرين لاجئاً قرب الحدود.', 'org:jo-gendarmerie'],
    ['وقالت قوات حرس الحدود الإيرانية إنها أعادت مئات الأفغان.', 'org:ir-border-guard'],
    ['وقضت المحكمة الكينية العليا بوقف إغلاق المخيم.', 'org:ke-supreme-court'],
    // Bodies with a written entry keep its id; the template adds the wordings it lacked.
    ['La garde côtière grecque a secouru 40 personnes au large de Lesbos.', 'org:hellenic-coast-guard'],
    ['Greece’s coastguard said the boat had left the Turkish coast at night.', 'org:hellenic-coast-guard'],
    ['وقالت وزارة الخارجية السودانية إنها تتابع أوضاع العالقين.', 'org:sudanese-foreign-ministry'],
    ['Le ministère de l’Intérieur algérien a démenti ces chiffres.', 'org:algerian-interior-ministry'],
    ['وأكدت وزارة الداخلية البريطانية أن الرحلة ستقلع الأسبوع المقبل.', 'org:uk-home-office'],
    ['The Moroccan navy rescued 58 people in the Strait.', 'org:ma-royal-navy'],
    ['Les personnes arrêtées ont été remises à la direction turque de l’immigration.', 'org:directorate-general-of-migration-management'],
  ])('«%s» → %s', (sentence, id) => {
    expect(organisationsIn(sentence)).toContain(id);
  });

  it('names the country too, as any national body does', () => {
    expect(idsIn('وأعلنت البحرية الجزائرية إنقاذ 25 مهاجراً.')).toContain('country:DZ');
    expect(idsIn('Bulgarian border police stopped 300 people.')).toContain('country:BG');
  });

  it('gives each body its country code and body as id, and keeps written ids with special names', () => {
    const ids = new Set(loadGazetteer().map((entity) => entity.id));
    for (const id of ['org:fr-interior-ministry', 'org:tn-police', 'org:us-supreme-court', 'org:es-justice-ministry', 'org:hellenic-coast-guard', 'org:uk-home-office']) {
      expect(ids.has(id), id).toBe(true);
    }
    // Greece's coast guard is the written Hellenic Coast Guard and Britain's interior ministry the
    // Home Office, not second entities.
    expect(ids.has('org:gr-coast-guard')).toBe(false);
    expect(ids.has('org:gb-interior-ministry')).toBe(false);
  });
});

describe('a national body named bare, in an article about one country', () => {
  it.each([
    ['Greece received 900 asylum seekers last week. The coast guard said most had crossed from the Turkish coast at night; Greece wants more help.', 'org:hellenic-coast-guard'],
    ['وصل 300 مهاجر إلى إيطاليا هذا الأسبوع، وقالت وزارة الداخلية إن مراكز الاستقبال في إيطاليا ممتلئة.', 'org:it-interior-ministry'],
    ['Selon la Turquie, 12 personnes ont été transférées à la Direction de l’immigration en attendant leur expulsion de Turquie.', 'org:directorate-general-of-migration-management'],
    ['En Tunisie, la garde nationale a arrêté 40 personnes ; le ministère de la Défense a confirmé un naufrage au large de la Tunisie.', 'org:tn-defence-ministry'],
  ])('«%s» → %s', (sentence, id) => {
    expect(organisationsIn(sentence)).toContain(id);
  });

  it.each([
    // The sentence names the body's country, though the article names another more.
    [
      'Rwanda is ready, Rwanda’s president said, and Rwanda will house the first arrivals. A British minister confirmed that the interior ministry would pay for the flights.',
      'org:uk-home-office',
      'org:rw-interior-ministry',
    ],
    [
      'زار وفد إسباني الرباط، وقال الوفد الإسباني إن إسبانيا تريد تعاوناً أوثق، وأكدت إسبانيا ذلك. وترأس الوفد المغربي مدير الهجرة بوزارة الداخلية.',
      'org:ma-interior-ministry',
      'org:es-interior-ministry',
    ],
    // The same body named with its country earlier in the article.
    [
      'La garde nationale tunisienne a intercepté un bateau parti de Libye. La Libye, la Libye encore : les départs de Libye augmentent, et la garde nationale dit manquer de moyens.',
      'org:tn-national-guard',
      'org:ly-national-guard',
    ],
    // The country whose government the article shows acting, though it names another, a place, more.
    [
      'Les ministres britanniques veulent envoyer des exilés au Rwanda. Le gouvernement britannique paiera le Rwanda. Le Rwanda accueillera les vols, le Rwanda est prêt. Le ministère de l’Intérieur a publié le contrat.',
      'org:uk-home-office',
      'org:rw-interior-ministry',
    ],
    [
      'أعلنت السلطات الإيطالية وصول قارب من ليبيا، وقالت الحكومة الإيطالية إن ليبيا لم تتعاون. ليبيا تشهد فوضى وليبيا بلد عبور. وأكدت وزارة الداخلية أن المهاجرين نقلوا إلى صقلية.',
      'org:it-interior-ministry',
      'org:ly-interior-ministry',
    ],
  ])('reads the country its sentence or the article gives the body: «%s» → %s', (text, id, wrong) => {
    const found = organisationsIn(text);
    expect(found).toContain(id);
    expect(found).not.toContain(wrong);
  });

  it('names nobody when the article names no country, or two as often', () => {
    expect(organisationsIn('The interior ministry said 40 people had been detained at the port.')).toEqual([]);
    expect(organisationsIn('وقالت وزارة الداخلية إن 40 شخصاً أوقفوا في الميناء.')).toEqual([]);
    expect(organisationsIn('La Grèce et la Turquie s’accusent : la garde côtière aurait repoussé le bateau.')).toEqual([]);
  });

  it('reads a local story that names no country by the one country whose bodies it names', () => {
    const text = 'أوقف الحرس الوطني بصفاقس 12 شخصاً قبل إبحارهم. وأكدت وزارة الداخلية في بلاغ أن الأبحاث متواصلة.';
    expect(organisationsIn(text)).toContain('org:tn-interior-ministry');
    // Nothing to go on: still nobody's.
    expect(organisationsIn('أوقفت الوحدات الأمنية 12 شخصاً. وأكدت وزارة الداخلية في بلاغ أن الأبحاث متواصلة.')).toEqual([]);
  });

  it('does not take one mention of a government for the article’s country', () => {
    // One sign for Turkey is not enough against Greece named throughout.
    const text = 'Greece registered 900 arrivals; Greece wants help and Greece says camps are full. Turkish officials denied pushbacks. The interior ministry said more staff would come.';
    expect(organisationsIn(text)).toContain('org:gr-interior-ministry');
  });

  it('does not read a state court or guard as the country’s', () => {
    expect(organisationsIn('In the United States, the Illinois Supreme Court upheld the law; the United States appealed.')).not.toContain('org:us-supreme-court');
  });
});

describe('traps', () => {
  it('does not read a minister’s title as the ministry', () => {
    expect(organisationsIn('قال وزير الداخلية الجزائري إن الحدود مغلقة.')).toEqual([]);
    expect(organisationsIn('The Greek interior minister said the camps were full.')).toEqual([]);
    expect(organisationsIn('Le ministre grec de l’Intérieur a visité le camp ; le ministre de l’Intérieur de la Grèce aussi.')).toEqual([]);
    expect(organisationsIn('En Grèce, le ministre de l’Intérieur a visité le camp.')).toEqual([]);
  });

  it('does not read «البحرية» qualifying another noun as the navy', () => {
    expect(organisationsIn('وتراقب السلطات الحدود البحرية الليبية منذ أشهر.')).toEqual([]);
    expect(organisationsIn('وانتشر مشاة البحرية الأمريكية قرب الحدود.')).toEqual([]);
  });
});

describe('bodies the desk follows only when they act on migration', () => {
  const groups = (ids: string[]) => ids.map((entityId) => ({ entityId, count: 1, firstOffset: 0 }));

  it('drops a navy, a justice ministry or a supreme court from an article that is not about migration', () => {
    const onTopicOnly = organisationsOnlyOnTopic();
    const kept = withoutOffTopicEntities(groups(['org:us-navy', 'org:us-doj', 'org:ke-supreme-court', 'org:us-ice', 'org:gr-interior-ministry', 'country:US']), 0, onTopicOnly);
    expect(kept.map((g) => g.entityId)).toEqual(['org:us-ice', 'org:gr-interior-ministry', 'country:US']);
  });

  it('keeps them in an article about migration', () => {
    const kept = withoutOffTopicEntities(groups(['org:us-navy', 'org:us-doj']), 1, organisationsOnlyOnTopic());
    expect(kept).toHaveLength(2);
  });
});
