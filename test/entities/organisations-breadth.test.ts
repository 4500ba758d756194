/**
 * Issue 14, organisations recall: bodies and frameworks a migration desk meets that the gazetteer
 * lacked (regional and rights bodies, rescue and aid NGOs, Sudan's paramilitary, refugee plans and
 * conventions), each as the Arabic, English and French press write it; a full name with commas
 * inside it; and a minister's title, which names the minister's country but not the ministry. The
 * sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { idsIn, organisationsIn } from './helpers.js';

describe('bodies and frameworks the gazetteer now knows, in each language', () => {
  it.each([
    ['The OSCE special representative on trafficking visited the camps.', ['org:osce']],
    ["L'Organisation pour la sécurité et la coopération en Europe a envoyé des observateurs.", ['org:osce']],
    ['ودعت منظمة الأمن والتعاون في أوروبا إلى حماية المهاجرين.', ['org:osce']],
    ['ودعت منظمة التعاون الإسلامي إلى دعم اللاجئين الروهينغا.', ['org:oic']],
    ["L'Union pour la Méditerranée réunit les ministres à Barcelone.", ['org:union-for-the-mediterranean']],
    ['وبحث اتحاد المغرب العربي ملف الهجرة.', ['org:arab-maghreb-union']],
    ['The European Ombudsman opened an inquiry into Frontex.', ['org:european-ombudsman', 'org:frontex']],
    ["Sudan's Rapid Support Forces were paid to stop migrants at the border.", ['org:rapid-support-forces']],
    ['واعترضت قوات الدعم السريع مئات المهاجرين قرب الحدود الليبية.', ['org:rapid-support-forces']],
    ['Les Forces de soutien rapide ont intercepté des migrants.', ['org:rapid-support-forces']],
    ["La FIDH dénonce les refoulements vers la Libye.", ['org:fidh']],
    ['وقالت الفدرالية الدولية لحقوق الإنسان إن الترحيل غير قانوني.', ['org:fidh']],
    ['HIAS resettled the family in Maryland.', ['org:hias']],
    ['Physicians for Human Rights examined the detained asylum seekers.', ['org:physicians-for-human-rights']],
    ["Handicap International soigne des réfugiés blessés.", ['org:humanity-and-inclusion']],
    ["Action contre la faim distribue des repas aux déplacés.", ['org:action-against-hunger']],
    ['Mercy Corps runs water points in the camp.', ['org:mercy-corps']],
    ['وقالت منظمة الخوذ البيضاء إن عناصرها أجلوا عبر الأردن.', ['org:white-helmets']],
    ['The White Helmets were evacuated through Jordan.', ['org:white-helmets']],
    ['The Global Initiative Against Transnational Organized Crime mapped the smuggling routes.', ['org:global-initiative-against-transnational-organized-crime']],
    ['وقالت المبادرة الدولية ضد الجريمة المنظمة العابرة للحدود إن المهربين غيروا طرقهم.', ['org:global-initiative-against-transnational-organized-crime']],
    ['According to FairSquare Projects, thousands of migrant workers die each year.', ['org:fairsquare-projects']],
    ['وأوقفت منظمة يوغند ريتيت سفينتها في الميناء.', ['org:jugend-rettet']],
    ['The Carabinieri arrested two smugglers in Sicily.', ['org:it-carabinieri']],
    ['The Ninth Circuit blocked the asylum ban.', ['org:us-court-of-appeals']],
    ['NumbersUSA and the National Immigration Forum disagreed.', ['org:numbersusa', 'org:national-immigration-forum']],
    ["Le ministère de l'Europe et des Affaires étrangères a convoqué l'ambassadeur.", ['org:fr-foreign-ministry']],
    // The UN's nisba names the UN, unless a longer wording names one of its agencies.
    ['ويواجه قادتها اتهامات من قبل تحقيقات أممية.', ['org:un']],
    ['واتهم يمنيون المبعوث الأممي بالتواطؤ.', ['org:un']],
    ['وقالت المفوضية الأممية للاجئين إن العدد ارتفع.', ['org:unhcr']],
  ])('%s', (sentence, expected) => {
    expect(organisationsIn(sentence)).toEqual(expected);
  });

  it.each([
    ['Donors pledged money for the Jordan Response Plan.', ['process:jordan-response-plan']],
    ['وتعاني خطة الاستجابة الأردنية للأزمة السورية من نقص التمويل.', ['process:jordan-response-plan']],
    ['The Regional Refugee and Resilience Plan (3RP) is half funded.', ['process:3rp']],
    ['Liberians covered by Deferred Enforced Departure (DED) may stay a year.', ['process:ded']],
    ['Le processus de Prague réunit les pays de la route orientale.', ['process:prague']],
    ['وانطلق المنتدى العالمي للهجرة والتنمية في مراكش.', ['process:gfmd']],
    ["L'agenda européen en matière de migration prévoit des quotas.", ['process:european-agenda-on-migration']],
    ['Refugees evacuated from Libya under the Emergency Transit Mechanism reached Niger.', ['process:emergency-transit-mechanism']],
    ['The Kampala Convention protects internally displaced people.', ['process:kampala-convention']],
    ['لم تصادق الدولة على الاتفاقية الدولية لحماية حقوق جميع العمال المهاجرين وأفراد أسرهم.', ['process:migrant-workers-convention']],
    ['The deportation would breach the European Convention on Human Rights.', ['process:european-convention-on-human-rights']],
    ['Skilled workers may apply for an EU Blue Card.', ['process:eu-blue-card']],
    ["Les ministres ont soutenu l'envoi de demandeurs d'asile au Rwanda.", ['process:uk-rwanda-partnership']],
    ['وبدأت قبول طلبات اللجوء بعد انضمامها إلى المعاهدة الخاصة بوضع اللاجئين.', ['process:refugee-convention']],
  ])('%s', (sentence, expected) => {
    expect(organisationsIn(sentence)).toEqual(expected);
  });

  it('keeps the Rapid Support Forces apart from Reporters sans frontières', () => {
    expect(organisationsIn('RSF a dénoncé la détention du journaliste.')).toEqual([]);
  });
});

describe('a national civil protection, by its country or the country the article is about', () => {
  it.each([
    ['La protection civile italienne a secouru les naufragés.', 'org:it-civil-protection'],
    ['وشاركت الحماية المدنية التونسية في انتشال الجثث.', 'org:tn-civil-protection'],
    ['وغرق قارب قبالة سواحل تونس وشاركت الحماية المدنية في البحث.', 'org:tn-civil-protection'],
  ])('%s', (sentence, id) => {
    expect(organisationsIn(sentence)).toContain(id);
  });
});

describe('a full name with commas inside it', () => {
  it.each([
    ['Leaders adopted the Global Compact for Safe, Orderly and Regular Migration in Marrakech.', 'process:gcm'],
    ['Le Pacte mondial pour des migrations sûres, ordonnées et régulières a été adopté.', 'process:gcm'],
    ["The State Department's Bureau of Population, Refugees, and Migration funds the camps.", 'org:us-prm'],
  ])('%s', (sentence, id) => {
    expect(organisationsIn(sentence)).toEqual([id]);
  });

  it('never joins two wordings across a comma that is not in a name', () => {
    // "Greece, Orderly" or "Compact, for" are no wording: the comma in the text does not join them.
    expect(organisationsIn('They signed the Global Compact, for Safe, Orderly and Regular Migration was its aim.')).not.toContain('process:gcm');
  });
});

describe("a minister's title names the country, not the ministry", () => {
  it.each([
    ['وقالت مساعدة وزير الخارجية الأمريكية إن بلادها تدعم الأردن.', 'US'],
    ['والتقى وزير الخارجية الفرنسية نظيره الليبي.', 'FR'],
    ['وقال وزير الداخلية التونسية إن الحرس البحري أحبط عملية.', 'TN'],
  ])('%s', (sentence, country) => {
    const ids = idsIn(sentence);
    expect(ids).toContain(`country:${country}`);
    expect(ids.filter((id) => id.startsWith('org:') && /ministry|state-department/.test(id))).toEqual([]);
  });

  it.each([
    ['Acting Secretary of Homeland Security Elaine Duke ended the designation.'],
    ['Homeland Security Secretary Kirstjen Nielsen defended the policy.'],
    ['Home Office minister Chris Philp visited Dover.'],
  ])('%s', (sentence) => {
    expect(organisationsIn(sentence)).toEqual([]);
  });

  it('still names the ministry itself, and bodies that are no country’s', () => {
    expect(organisationsIn('وقالت وزارة الخارجية الأمريكية إن الاتفاق صامد.')).toEqual(['org:us-state-department']);
    expect(organisationsIn('The Department of Homeland Security said the rule takes effect in May.')).toEqual(['org:us-dhs']);
    expect(organisationsIn('UN Secretary General Antonio Guterres called for a ceasefire.')).toEqual(['org:un']);
    expect(organisationsIn('وقال وزراء الاتحاد الأوروبي إن الاتفاق صامد.')).toEqual(['org:eu']);
  });
});

describe('a line in capitals holds no acronyms', () => {
  it.each([
    ['"ATTEINTE INACCEPTABLE AU DROIT D\'ASILE" La patronne du HCR a réagi.', ['org:unhcr']],
    ['UN MIGRANT MEURT EN MER\nLe corps a été retrouvé par la garde côtière.', []],
  ])('%s', (text, expected) => {
    expect(organisationsIn(text)).toEqual(expected);
  });

  it('still reads acronyms in a sentence', () => {
    expect(organisationsIn('The AU and the UN met in Addis Ababa.')).toEqual(['org:african-union', 'org:un']);
  });
});
