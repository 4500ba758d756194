/**
 * Organisations and processes as the Arabic, English and French press name them: acronyms, names
 * written as descriptions, French in any capitalisation and with elisions, Arabic with its clitics,
 * named operations and frameworks, national bodies — and the traps around them (a process named after
 * a city is not the country, an NGO named after a country is not that country, an NGO whose name reads
 * like a phrase is not a person). The sentences are written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extract, idsIn, organisationsIn } from './helpers.js';

/** Organisation and process ids found, in order of appearance. */
const countriesIn = (text: string): string[] => idsIn(text).filter((id) => id.startsWith('country:'));

describe('acronyms in each language, with French elisions', () => {
  it.each([
    ['The IOM and UNHCR said 40 people were missing.', ['org:iom', 'org:unhcr']],
    ["Selon l'OIM et le HCR, 40 personnes sont portées disparues.", ['org:iom', 'org:unhcr']],
    ["L'UE et l'ONU ont appelé à ouvrir les ports.", ['org:eu', 'org:un']],
    ["Les équipes de MSF et de l'Unicef sont sur place.", ['org:msf', 'org:unicef']],
    ['Frontex and Europol will share data with the EUAA, formerly EASO.', ['org:frontex', 'org:europol', 'org:euaa']],
    ["D'après l'OFPRA, les demandes ont augmenté ; la CNDA a annulé trois refus.", ['org:ofpra', 'org:cnda']],
    ['The ship of MOAS docked in Sicily.', ['org:moas']],
    ['وقالت منظمة يونيسف إن الأطفال هم الأكثر تضرراً.', ['org:unicef']],
  ])('«%s» → %j', (sentence, ids) => {
    expect(organisationsIn(sentence)).toEqual(ids);
  });

  it('does not read a common lower-case word as an acronym', () => {
    expect(organisationsIn("Il a vu un bateau et une ice-box sur le quai, on s'est dit au revoir.")).toEqual([]);
    expect(organisationsIn('Tell us what the pam and moas of the kind said.')).toEqual([]);
  });
});

describe('organisations written as descriptions', () => {
  it.each([
    ["The EU's executive commission proposed new quotas.", ['org:european-commission']],
    ['The UN migration agency and the UN refugee agency issued a joint appeal.', ['org:iom', 'org:unhcr']],
    ["The European Union's border agency recorded fewer crossings.", ['org:frontex']],
    ['وتظهر بيانات مفوضية الأمم المتحدة العليا للاجئين أن نصف الواصلين نساء وأطفال.', ['org:unhcr']],
    ['وقالت مفوضية اللاجئين إن المخيم مكتظ.', ['org:unhcr']],
    ['وأعلنت الهيئة التنفيذية للاتحاد الأوروبي عن خطة جديدة.', ['org:european-commission']],
    ['وقالت وكالة غوث وتشغيل اللاجئين إن مدارسها ستغلق.', ['org:unrwa']],
    ["L'agence de l'ONU pour les réfugiés s'inquiète du sort des rescapés.", ['org:unhcr']],
    ["L'exécutif européen a présenté son pacte.", ['org:european-commission']],
    ["L'agence européenne de surveillance des frontières a déployé des avions.", ['org:frontex']],
  ])('«%s» → %j', (sentence, ids) => {
    expect(organisationsIn(sentence)).toEqual(ids);
  });

  it('does not count the UN inside a UN body’s name as the UN', () => {
    expect(organisationsIn('Un membre du conseil de sécurité de l’ONU a réagi.')).toEqual(['org:unsc']);
    expect(organisationsIn('Delegates endorsed the UN Global Compact for Migration.')).toEqual(['process:gcm']);
  });
});

describe('French names in any capitalisation', () => {
  it.each([
    ['Le Haut commissariat des Nations unies pour les réfugiés a publié un rapport.', ['org:unhcr']],
    ['le haut-commissariat des nations unies aux réfugiés a publié un rapport.', ['org:unhcr']],
    ["L'Organisation Internationale pour les Migrations compte 170 États membres.", ['org:iom']],
    ["l'organisation internationale pour les migrations compte 170 États membres.", ['org:iom']],
    ['Une déléguée de Médecins du monde a témoigné.', ['org:medecins-du-monde']],
    ['La Commission Européenne et le Parlement européen divergent.', ['org:european-commission', 'org:european-parliament']],
    ["Le conseil d'État a suspendu l'arrêté.", ['org:french-council-of-state']],
    ['La Cour européenne des droits humains a suspendu le vol.', ['org:european-court-of-human-rights']],
  ])('«%s» → %j', (sentence, ids) => {
    expect(organisationsIn(sentence)).toEqual(ids);
  });
});

describe('Arabic names with clitics and spelling variants', () => {
  it.each([
    ['وأكدت للمنظمة الدولية للهجرة أن القارب غرق.', ['org:iom']],
    ['وطالب بالاتحاد الأوربي والمفوضية الاوروبية بالتحرك.', ['org:eu', 'org:european-commission']],
    ['وتعاون خفر السواحل مع لمنظمة أطباء بلا حدود.', ['org:msf']],
    ['وأشارت وكالة فرونتيكس إلى ارتفاع العبور.', ['org:frontex']],
    ['وقال المتحدث باسم الأونروا إن التمويل نفد.', ['org:unrwa']],
  ])('«%s» → %j', (sentence, ids) => {
    expect(organisationsIn(sentence)).toEqual(ids);
  });
});

describe('NGOs of rescue and asylum', () => {
  it.each([
    ['Save the Children and Sea-Watch criticised the decree.', ['org:save-the-children', 'org:sea-watch']],
    ["L'ONG SOS Méditerranée et l'allemande Sea-Eye ont repris leurs patrouilles.", ['org:sos-mediterranee', 'org:sea-eye']],
    ['وقالت منظمة إنقاذ الطفولة ومنظمة أطباء العالم إن الوضع كارثي.', ['org:save-the-children', 'org:medecins-du-monde']],
    ['The Jesuit Refugee Service and Caritas run the shelter.', ['org:jesuit-refugee-service', 'org:caritas']],
    ['Les bénévoles de L’Auberge des migrants et d’Utopia 56 distribuent des repas.', ['org:auberge-des-migrants', 'org:utopia-56']],
    ['The Red Crescent and the ICRC sent teams.', ['org:red-cross-red-crescent', 'org:icrc']],
  ])('«%s» → %j', (sentence, ids) => {
    expect(organisationsIn(sentence)).toEqual(ids);
  });
});

describe('named operations and frameworks', () => {
  it.each([
    ['Operation Triton replaced Mare Nostrum, and Operation Sophia followed.', ['process:triton', 'process:mare-nostrum', 'process:sophia']],
    ["L'opération Irini a succédé à la mission Sophia ; Frontex mène l'opération Poséidon en mer Égée.", ['process:irini', 'process:sophia', 'org:frontex', 'process:operation-poseidon']],
    ['وحلت عملية إيريني محل عملية صوفيا، فيما تواصل عملية بوسيدون دورياتها.', ['process:irini', 'process:sophia', 'process:operation-poseidon']],
    ['Under the Dublin regulation, the first country of entry decides.', ['process:dublin']],
    ['وتتعلق نقطة الخلاف بتعديل تسوية دبلن.', ['process:dublin']],
    ['Le règlement de Dublin et le pacte mondial sur les migrations divisent les Vingt-Sept.', ['process:dublin', 'process:gcm']],
    ['The Global Compact for Migration was adopted after the Valletta summit.', ['process:gcm', 'process:valletta']],
    ["Le sommet de La Valette a lancé un fonds ; l'accord UE-Turquie a suivi.", ['process:valletta', 'process:eu-turkey-statement']],
    ['وأعاد الاتفاق الأوروبي التركي آلاف المهاجرين.', ['process:eu-turkey-statement']],
    ['Algeria applies neither the 1951 Refugee Convention nor its 1967 Protocol.', ['process:refugee-convention', 'process:refugee-protocol-1967']],
    ['ولا تطبق الجزائر اتفاقية جنيف لسنة 1951 ولا بروتوكول 1967 الملحق بها.', ['process:refugee-convention', 'process:refugee-protocol-1967']],
    ['Dreamers protected by DACA wait for Congress to pass the DREAM Act.', ['process:daca', 'process:dream-act']],
  ])('«%s» → %j', (sentence, ids) => {
    expect(organisationsIn(sentence)).toEqual(ids);
  });
});

describe('well-known actors in every language, by name, short name or description', () => {
  it.each([
    ['Frontex ran Triton off Lampedusa after Mare Nostrum ended.', ['org:frontex', 'process:triton', 'process:mare-nostrum']],
    ['Les navires de Triton ont remplacé ceux de Mare Nostrum.', ['process:triton', 'process:mare-nostrum']],
    ['وانتهت مهمة ماري نوستروم الإيطالية لتحل محلها عملية تريتون.', ['process:mare-nostrum', 'process:triton']],
    ['La mission européenne Sophia a été remplacée par Irini.', ['process:sophia', 'process:irini']],
    ['The EU naval mission Sophia gave way to Irini in 2020.', ['process:sophia', 'process:irini']],
    ['The MOAS ship and the Migrant Offshore Aid Station crew rescued 300.', ['org:moas']],
    ['Le navire de l’ONG maltaise MOAS a débarqué 200 personnes.', ['org:moas']],
    ['وأنقذت سفينة تابعة لمنظمة موآس 200 مهاجر.', ['org:moas']],
    ['The EU asylum agency, formerly EASO, and Europol opened offices in Lesbos.', ['org:euaa', 'org:europol']],
    ['L’Agence de l’Union européenne pour l’asile (ex-EASO) et Europol ont ouvert des bureaux.', ['org:euaa', 'org:europol']],
    ['وافتتح المكتب الأوروبي لدعم اللجوء ووكالة يوروبول مكاتب في ليسبوس.', ['org:euaa', 'org:europol']],
    ['Arrivals fell after the refugee deal with Turkey took effect.', ['process:eu-turkey-statement']],
    ['Les arrivées ont chuté depuis l’accord sur le renvoi vers la Turquie des nouveaux arrivants.', ['process:eu-turkey-statement']],
    ['وتراجعت الأعداد منذ دخول اتفاق إعادة المهاجرين إلى تركيا حيز التنفيذ.', ['process:eu-turkey-statement']],
    ['The UN rights office and the UN children’s agency called for an inquiry.', ['org:ohchr', 'org:unicef']],
    ["Le haut-commissariat aux droits humains et l'agence onusienne pour l'enfance demandent une enquête.", ['org:ohchr', 'org:unicef']],
    ['وطالبت المفوضية الأممية لحقوق الإنسان ووكالة الأمم المتحدة للطفولة بتحقيق.', ['org:ohchr', 'org:unicef']],
    ['The bloc’s executive arm and the UN migration body disagreed.', ['org:european-commission', 'org:iom']],
    ['L’exécutif de l’Union européenne et l’organisation onusienne des migrations divergent.', ['org:european-commission', 'org:iom']],
    ['وقالت المفوضية الأممية السامية لشؤون اللاجئين ومنظمة الهجرة الأممية إن الأعداد تراجعت.', ['org:unhcr', 'org:iom']],
    ['The Department of Health and Human Services houses unaccompanied children.', ['org:us-hhs']],
    // Acronyms the French press writes as words, and the UK–Rwanda plan as each press names it.
    ["L'Otan, la Cedeao et l'Unrwa ont été citées par l'Onu.", ['org:nato', 'org:ecowas', 'org:unrwa', 'org:un']],
    ['Le projet d’expulsions vers le Rwanda a été jugé illégal.', ['process:uk-rwanda-partnership']],
    ['MPs voted on the Rwanda bill again.', ['process:uk-rwanda-partnership']],
    ['وصوّت النواب مجدداً على مشروع قانون رواندا.', ['process:uk-rwanda-partnership']],
  ])('«%s» → %j', (sentence, ids) => {
    expect(organisationsIn(sentence)).toEqual(ids);
  });

  it('does not take a bare Sophia for the operation: it is a first name', () => {
    expect(organisationsIn('Sophia, a volunteer from Lyon, handed out blankets.')).toEqual([]);
  });
});

describe('national bodies named with their country', () => {
  it.each([
    ['وقالت الشرطة الكرواتية إنها عثرت على جثتين.', ['org:hr-police'], ['country:HR']],
    ['a annoncé le ministère turc de l’Intérieur.', ['org:tr-interior-ministry'], ['country:TR']],
    ['وقال مسؤول بوزارة الداخلية الجزائرية إنهم منعوا العبور.', ['org:algerian-interior-ministry'], ['country:DZ']],
    ['the Cuban foreign ministry said in a statement.', ['org:cu-foreign-ministry'], ['country:CU']],
    ['Les garde-côtes grecs ont secouru 30 personnes.', ['org:hellenic-coast-guard'], ['country:GR']],
    ['وأنقذت وحدتان تابعتان لجيش البحر تسعة مهاجرين.', ['org:tn-navy'], []],
    ['وأعلن خفر السواحل الليبيون إنقاذ تسعين مهاجرا.', ['org:ly-coast-guard'], ['country:LY']],
    ['وقال الأمن العام اللبناني إن قافلة جديدة من اللاجئين عادت إلى سوريا.', ['org:lb-general-security'], ['country:LB', 'country:SY']],
  ])('«%s» → %j with %j', (sentence, ids, countries) => {
    expect(organisationsIn(sentence)).toEqual(ids);
    expect(countriesIn(sentence)).toEqual(countries);
  });

  it('does not take foreign policy for the foreign ministry, nor domestic affairs for the interior ministry', () => {
    expect(organisationsIn('وانتقد السياسة الخارجية الأمريكية في المنطقة.')).toEqual([]);
    expect(organisationsIn('ورفض التدخل في الشؤون الداخلية الليبية.')).toEqual([]);
    expect(countriesIn('ورفض التدخل في الشؤون الداخلية الليبية.')).toEqual(['country:LY']);
  });
});

describe('traps', () => {
  it('a process named after a capital is not the country, in lower-case French too', () => {
    for (const sentence of ['Le processus de Rabat réunit 57 pays.', 'le processus de Rabat réunit 57 pays.', 'The Rabat Process met in Dakar.', 'واجتمعت عملية الرباط في داكار.']) {
      expect(organisationsIn(sentence)).toEqual(['process:rabat']);
      expect(countriesIn(sentence)).not.toContain('country:MA');
    }
    expect(countriesIn('Under the Dublin regulation the claim stays in Italy.')).toEqual(['country:IT']);
    expect(countriesIn('The Malta Declaration set out ten priorities.')).toEqual([]);
  });

  it('an NGO named after a country is not that country', () => {
    expect(organisationsIn('The Norwegian Refugee Council warned of famine.')).toEqual(['org:norwegian-refugee-council']);
    expect(countriesIn('The Norwegian Refugee Council warned of famine.')).toEqual([]);
    expect(countriesIn('وقال المجلس النرويجي للاجئين إن المساعدات لا تكفي.')).toEqual([]);
    expect(countriesIn("France terre d'asile gère le centre.")).toEqual([]);
    expect(countriesIn('Le Conseil danois pour les réfugiés a ouvert un bureau.')).toEqual([]);
  });

  it('an NGO whose name reads like a phrase is an organisation, not a person', () => {
    for (const sentence of ['قالت منظمة أطباء العالم إن العيادة أغلقت.', 'Doctors of the World said the clinic had closed.', 'Médecins du Monde a dit que la clinique a fermé.']) {
      const found = extract(sentence);
      expect(found.mentions.map((m) => m.entityId)).toContain('org:medecins-du-monde');
      expect(found.people).toEqual([]);
    }
  });

  it('a French human-rights defender is not the Défenseur des droits', () => {
    expect(organisationsIn("Un défenseur des droits de l'homme a été arrêté.")).toEqual([]);
    expect(organisationsIn('Le Défenseur des droits a rendu un avis.')).toEqual(['org:french-defender-of-rights']);
  });
});
