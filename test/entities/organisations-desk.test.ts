/**
 * The actors a migration-policy desk meets, as the Arabic, English and French press write them: rescue
 * NGOs, EU and UN bodies, regional organisations and national asylum offices, by full name, short
 * name and acronym — and the traps: acronyms that are ordinary words or other bodies, ships named
 * after people, and names that read as phrases. The sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { idsIn } from './helpers.js';

const organisationsIn = (text: string): string[] => idsIn(text).filter((id) => id.startsWith('org:') || id.startsWith('process:'));

describe('bodies the desk meets, in each language', () => {
  it.each([
    // Rescue NGOs
    ['SOS Humanity said its ship was held in port for twenty days.', ['org:sos-humanity']],
    ['وقالت منظمة إس أو إس هيومانيتي إن السفينة احتجزت في الميناء.', ['org:sos-humanity']],
    ["Selon Alarmphone, une embarcation a chaviré au large de Sfax.", ['org:alarm-phone']],
    ['The Italian NGO Emergency now runs a rescue ship of its own.', ['org:emergency-ngo']],
    ["L'ONG Emergency a débarqué 70 rescapés à Ortona.", ['org:emergency-ngo']],
    ['وأعلنت منظمة إيمرجنسي الإيطالية إنقاذ سبعين شخصاً.', ['org:emergency-ngo']],
    ['The German group RESQSHIP reported a boat in distress.', ['org:resqship']],
    // Rights groups and networks
    ['وقالت المبادرة المصرية للحقوق الشخصية إن المحتجزين حرموا من المحامين.', ['org:eipr']],
    ['The EIPR documented the detention of Sudanese refugees in Aswan.', ['org:eipr']],
    ['PICUM a demandé que les sans-papiers aient accès aux soins.', ['org:picum']],
    ["Le Conseil européen pour les réfugiés et les exilés critique le pacte.", ['org:ecre']],
    ['وقالت منظمة أمنستي إن الترحيل ينتهك القانون الدولي.', ['org:amnesty']],
    ['وانتقدت جمعية لا سيماد ظروف الاحتجاز في مراكز الترحيل.', ['org:la-cimade']],
    // EU and UN bodies
    ['The EEAS said the envoy would travel to Tripoli next week.', ['org:eeas']],
    ["Le SEAE a convoqué l'ambassadeur.", ['org:eeas']],
    ['وقالت دائرة العمل الخارجي الأوروبي إن الحوار سيستأنف.', ['org:eeas']],
    ['eu-LISA will run the new entry-exit system.', ['org:eu-lisa']],
    ['EUCAP Sahel Niger trained officers in Agadez.', ['org:eucap-sahel']],
    ["La Manul a appelé à des élections.", ['org:unsmil']],
    ['وأعربت أونسميل عن قلقها من الاشتباكات.', ['org:unsmil']],
    ["Le conseil des droits de l'homme a adopté une résolution sur les migrants.", ['org:unhrc']],
    // Regional bodies
    ['وقال مجلس التعاون الخليجي إن العمالة الوافدة ستخضع لنظام جديد.', ['org:gcc']],
    ['GCC states hired more workers from Kenya.', ['org:gcc']],
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

  it('reads a headline in title case with open arms as a phrase, the NGO only by its name', () => {
    expect(organisationsIn('Spain Welcomes Rescued Migrants With Open Arms')).toEqual([]);
    expect(organisationsIn('The Open Arms ship docked in Barcelona.')).toEqual(['org:open-arms']);
  });
});
