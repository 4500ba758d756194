/**
 * The actors a migration-policy desk meets, as the Arabic, English and French press write them: rescue
 * NGOs, EU and UN bodies, regional organisations and national asylum offices, by full name, short
 * name and acronym — and the traps: acronyms that are ordinary words or other bodies, ships named
 * after people, and names that read as phrases. The sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { idsIn, organisationsIn } from './helpers.js';


describe('bodies the desk meets, in each language', () => {
  it.each([
    // Rescue NGOs
    ['SOS Humanity said its ship was held in port for twenty days.', ['org:sos-humanity']],
    ['وقالت منظمة إس أو إس هيومانيتي إن السفينة احتجزت في الميناء.', ['org:sos-humanity']],
    ["Selon Alarmphone, une embarcation a chaviré au large de Sfax.", ['org:alarm-phone']],
    ['The Italian NGO Emergency now runs a rescue ship of its own.', ['org:emergency']],
    ["L'ONG Emergency a débarqué 70 rescapés à Ortona.", ['org:emergency']],
    ['وأعلنت منظمة إيمرجنسي الإيطالية إنقاذ سبعين شخصاً.', ['org:emergency']],
    ['The German group RESQSHIP reported a boat in distress.', ['org:resqship']],
    // Rights groups and networks
    ['وقالت المبادرة المصرية للحقوق الشخصية إن المحتجزين حرموا من المحامين.', ['org:egyptian-initiative-for-personal-rights']],
    ['The EIPR documented the detention of Sudanese refugees in Aswan.', ['org:egyptian-initiative-for-personal-rights']],
    ['PICUM a demandé que les sans-papiers aient accès aux soins.', ['org:picum']],
    ["Le Conseil européen pour les réfugiés et les exilés critique le pacte.", ['org:ecre']],
    ['وقالت منظمة أمنستي إن الترحيل ينتهك القانون الدولي.', ['org:amnesty']],
    ['وانتقدت جمعية لا سيماد ظروف الاحتجاز في مراكز الترحيل.', ['org:la-cimade']],
    // EU and UN bodies
    ['The EEAS said the envoy would travel to Tripoli next week.', ['org:european-external-action-service']],
    ["Le SEAE a convoqué l'ambassadeur.", ['org:european-external-action-service']],
    ['وقالت دائرة العمل الخارجي الأوروبي إن الحوار سيستأنف.', ['org:european-external-action-service']],
    ['eu-LISA will run the new entry-exit system.', ['org:eu-lisa']],
    ['EUCAP Sahel Niger trained officers in Agadez.', ['org:eucap-sahel']],
    ["La Manul a appelé à des élections.", ['org:unsmil']],
    ['وأعربت أونسميل عن قلقها من الاشتباكات.', ['org:unsmil']],
    ["Le conseil des droits de l'homme a adopté une résolution sur les migrants.", ['org:unhrc']],
    // Descriptions in lower case, as agencies are written when not named
    ['The European asylum agency counted fewer claims in March.', ['org:euaa']],
    ["The UN's food agency cut rations in the camps by a third.", ['org:wfp']],
    ["Aid from the U.N. children's fund reached the border town on Friday.", ['org:unicef']],
    ['The UN human rights council will debate the pushbacks next week.', ['org:unhrc']],
    ['The Maltese military said it had coordinated the rescue.', ['org:mt-armed-forces']],
    ['The Moroccan Royal Navy intercepted two boats off Nador.', ['org:ma-royal-navy']],
    ['وقالت وكالة غوث اللاجئين إن مدارس المخيم ستفتح.', ['org:unrwa']],
    ["L'Unhcr demande un couloir humanitaire.", ['org:unhcr']],
    ["Selon l'office fédéral allemand pour les migrations et les réfugiés, les demandes baissent.", ['org:bamf']],
    // Long French names in lower case, as the press writes them, acronyms kept
    ["Le projet est payé par le fonds fiduciaire d'urgence de l'UE pour l'Afrique.", ['process:eutf-africa']],
    ["Un rapport du haut-commissariat des nations unies pour les réfugiés paraît lundi.", ['org:unhcr']],
    // « médecins du monde entier » are doctors from everywhere, not the NGO
    ['Des médecins du monde entier ont signé la tribune.', []],
    // « l'agence de garde-frontières » is Frontex, not some country's border guard
    ["Une vidéo publiée par l'agence de garde-frontières Frontex montre le bateau surchargé.", ['org:frontex']],
    // Regional bodies
    ['وقال مجلس التعاون الخليجي إن العمالة الوافدة ستخضع لنظام جديد.', ['org:gulf-cooperation-council']],
    ['GCC states hired more workers from Kenya.', ['org:gulf-cooperation-council']],
    ['La Cédéao veut garantir la libre circulation.', ['org:ecowas']],
    // National bodies
    ['وقالت الهوم أوفيس إن الطلبات تضاعفت.', ['org:uk-home-office']],
    ['UKVI has cut the time it takes to decide a visa.', ['org:uk-visas-and-immigration']],
    ['وأعلنت أوفبرا أنها منحت الحماية لعدد أكبر من الأفغان.', ['org:ofpra']],
    ['The National Court of Asylum overturned the refusal.', ['org:cnda']],
    ['وأفاد جهاز مكافحة الهجرة غير النظامية بترحيل مئة مهاجر.', ['org:ly-dcim']],
    ['وقالت اللجنة الوطنية لمكافحة الهجرة غير الشرعية والاتجار بالبشر إنها نظمت حملة توعية.', ['org:eg-nccpim-tip']],
    ["Le ministère américain de la sécurité intérieure a suspendu le programme.", ['org:us-dhs']],
    ['The AFM brought the survivors to Valletta.', ['org:mt-armed-forces']],
    ['وأبلغ مركز تنسيق الإنقاذ البحري الإيطالي السفينة بميناء الإنزال.', ['org:it-coast-guard']],
    ['MRCC Rome assigned the ship a port in the north.', ['org:it-coast-guard']],
    ['وقالت الوكالة الأوروبية المكلفة مراقبة الحدود إن العبور تراجع.', ['org:frontex']],
    ['وأنقذت هيئة الإنقاذ الملاحي الإسبانية خمسين مهاجراً.', ['org:spanish-maritime-rescue']],
    ['The Refugee Council said the backlog had doubled.', ['org:refugee-council']],
    ['The Norwegian Refugee Council opened an office in Chad.', ['org:norwegian-refugee-council']],
    ['وقالت الشبكة الأورومتوسطية لحقوق الإنسان إن الاتفاق يعرض المهاجرين للخطر.', ['org:euromed-rights']],
    ['وقال مركز تونس للهجرة واللجوء إن عدد المغادرين ارتفع.', ['org:cetuma']],
    ['وأعلنت وزارة اللاجئين والعائدين عودة ألف أسرة.', ['org:af-ministry-of-refugees-and-repatriation']],
    ['وقالت منظمة الأذرع الممدودة الإسبانية إن سفينتها تنتظر ميناء.', ['org:open-arms']],
    ['وقالت منظمة "فرنسا أرض لجوء" إن مراكز الإيواء ممتلئة.', ['org:france-terre-d-asile']],
    ["Emmaüs Solidarité et le Secours populaire ont ouvert un accueil de jour.", ['org:emmaus', 'org:secours-populaire']],
    ['RNLI crews and Care4Calais volunteers met the dinghy.', ['org:royal-national-lifeboat-institution', 'org:care4calais']],
    ['Según CEAR y Caminando Fronteras, the Atlantic route is the deadliest.', ['org:spanish-commission-for-refugee-aid', 'org:caminando-fronteras']],
    ["Le Gadem dénonce les refoulements vers le sud du Maroc.", ['org:gadem']],
    ['La Farnesina a convoqué l’ambassadeur.', ['org:it-foreign-ministry']],
    ["L'Office français de protection des réfugiés et des apatrides a rejeté la demande.", ['org:ofpra']],
    ['Le Réseau de surveillance des violences frontalières publie des témoignages de refoulements.', ['org:border-violence-monitoring-network']],
    ['وطالبت اللجنة الوطنية لحقوق الإنسان في ليبيا بإغلاق مراكز الاحتجاز.', ['org:national-commission-for-human-rights-in-libya']],
    ['وقالت أمانة الدولة السويسرية للهجرة إن الطلبات تراجعت.', ['org:ch-state-secretariat-for-migration']],
    ['Lawyers from the Immigrant Legal Resource Center and MALDEF filed the brief.', ['org:immigrant-legal-resource-center', 'org:mexican-american-legal-defense-and-educational-fund']],
  ])('«%s» → %j', (sentence, ids) => {
    expect(organisationsIn(sentence)).toEqual(ids);
  });
});

describe('traps: words and acronyms that name no body the desk follows', () => {
  it.each([
    ['The town welcomed the families with open arms.'],
    ['Open arms, closed borders: the paradox of the new law.'],
    ['Call the emergency number if a boat is in distress.'],
    ['This is an emergency, the mayor said.'],
    ['Ice formed on the deck and the wfp of the ilo meant nothing to the irc channel.'],
    ["La police a fait appel à RSF pour défendre le journaliste."],
    ['Reporters sans frontières condamne la détention du photographe.'],
    ['The Egyptian initiative for peace in Gaza stalled.'],
    ['وقالت الدبلوماسية الأوروبية إنها تتابع الوضع.'],
    ['Le navire Louise Michel a récupéré 130 personnes.'],
    ['The refugee council of the town met on Monday.'],
    ['واستقبلهم أهل القرية بالأذرع المفتوحة.'],
    ['On the road to Emmaus, the disciples met a stranger.'],
  ])('«%s» names no organisation', (sentence) => {
    expect(organisationsIn(sentence)).toEqual([]);
  });

  it('reads «الهلال الأحمر» alone as the movement, and the nisba beside it as the country', () => {
    const named = (text: string) => idsIn(text).filter((id) => !id.startsWith('theme:'));
    expect(named('وقال الهلال الأحمر إن المتطوعين وزعوا المياه.')).toEqual(['org:red-cross-red-crescent']);
    expect(named('وانتشل الهلال الأحمر الليبي جثث الغرقى.')).toEqual(['org:red-cross-red-crescent', 'country:LY']);
  });

  it('keeps the longer name: SOS Humanity is not SOS Méditerranée', () => {
    expect(organisationsIn('إس أو إس هيومانيتي و إس أو إس ميديتيرانيه')).toEqual(['org:sos-humanity', 'org:sos-mediterranee']);
  });

  it('does not read another SOS body written in Arabic as SOS Méditerranée', () => {
    expect(organisationsIn('وانتقدت منظمة إس أو إس راسيزم الفرنسية خطاب الكراهية.')).not.toContain('org:sos-mediterranee');
    expect(organisationsIn('وتدير قرى الأطفال إس أو إس مدرسة في المخيم.')).not.toContain('org:sos-mediterranee');
    expect(organisationsIn('وأنقذت سفينة إس أو إس 60 مهاجراً قبالة ليبيا.')).toContain('org:sos-mediterranee');
  });

  it('reads a headline in title case with open arms as a phrase, the NGO only by its name', () => {
    expect(organisationsIn('Spain Welcomes Rescued Migrants With Open Arms')).toEqual([]);
    expect(organisationsIn('The Open Arms ship docked in Barcelona.')).toEqual(['org:open-arms']);
  });
});
