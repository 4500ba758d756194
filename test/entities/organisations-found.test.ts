/**
 * Organisations the gazetteer has never heard of, found by the shape of their names in Arabic, English
 * and French, on hand-written sentences modelled on how the press names local bodies: what is kept
 * (with its stable id and its acronym), and the traps that must not become an organisation.
 */
import { describe, expect, it } from 'vitest';
import { organisationId } from '../../src/entities/organisations-found.js';
import { extract } from './helpers.js';

const bodiesIn = (text: string) => extract(text).organisations.filter((o) => o.kind === 'organisation').map((o) => o.names.en);
const mentionsOf = (text: string, id: string) => extract(text).mentions.filter((m) => m.entityId === id).map((m) => m.surface);

describe('English bodies', () => {
  it('finds a capitalised name built on a head noun, with its connected parts', () => {
    expect(bodiesIn('Volunteers from the Riverside Refugee Support Network met the families at the station.')).toEqual(['Riverside Refugee Support Network']);
    expect(bodiesIn('"We are overwhelmed," said a lawyer with the Alliance for Asylum Seekers in Texas.')).toEqual(['Alliance for Asylum Seekers']);
  });

  it('keeps the acronym in parentheses as the same body, wherever the text uses it', () => {
    const text = 'The Eastside Coalition for Immigrant Families (ECIF) opened a shelter. ECIF said 40 people slept there.';
    const [body] = extract(text).organisations;
    expect(body?.id).toBe('org:_eastside-coalition-for-immigrant-families');
    expect(body?.aliases.map((a) => a.text)).toEqual(['Eastside Coalition for Immigrant Families', 'ECIF']);
    expect(mentionsOf(text, 'org:_eastside-coalition-for-immigrant-families')).toEqual(['Eastside Coalition for Immigrant Families', 'ECIF', 'ECIF']);
  });

  it('finds a body a cue introduces, with no head noun', () => {
    expect(bodiesIn('The families were housed by the nonprofit Refugee Open Doors until June.')).toEqual(['Refugee Open Doors']);
  });

  it('finds a body whose description around the cue says what it works on, though its name does not', () => {
    expect(bodiesIn('Food was handed out by the refugee charity Open Table Brigade last week.')).toEqual(['Open Table Brigade']);
    expect(bodiesIn('A migrant rescue NGO Blue Horizon Watch spotted the dinghy at dawn.')).toEqual(['Blue Horizon Watch']);
    // A charity of no named purpose, or a place after the description, is no body the desk follows.
    expect(bodiesIn('The money was raised by the charity Golden Hearts Club.')).toEqual([]);
  });

  it('reads "X and Y" before the head as one name, but not two bodies joined by "and"', () => {
    expect(bodiesIn('said the director of the Ohio Immigrant and Refugee Legal Coalition, on Monday.')).toEqual(['Ohio Immigrant and Refugee Legal Coalition']);
    expect(bodiesIn('Lawyers from the Tenants Union and Refugee Legal Coalition met on the pier.')).toEqual(['Refugee Legal Coalition']);
  });

  it('does not take a programme or a law named after a body’s words for a body', () => {
    expect(bodiesIn('The county’s Immigrant Legal Services Program will run until March with new money.')).toEqual([]);
    expect(bodiesIn('Senators debated the Refugee Relief Board Act for a second day.')).toEqual([]);
  });

  it('ends the name at the head: a title after it is not part of it', () => {
    expect(bodiesIn('Migrant Welcome Committee Chairman Tom Reyes said the shelter was full.')).toEqual(['Migrant Welcome Committee']);
  });

  it('keeps a possessive that is part of the name, not a place’s', () => {
    expect(bodiesIn("The Women's Asylum Commission said families were split at the border.")).toEqual(["Women's Asylum Commission"]);
    expect(bodiesIn("Lawyers at the Children's Migrant Law Center filed the appeal.")).toEqual(["Children's Migrant Law Center"]);
    expect(bodiesIn("Brookfield's Newcomer and Refugee Office opened a desk downtown.")).toEqual(['Newcomer and Refugee Office']);
  });

  it('does not take a bare or generic head for a body', () => {
    expect(bodiesIn('The Council said the migrants would be moved on Monday.')).toEqual([]);
    expect(bodiesIn('The refugees were told the Committee would decide.')).toEqual([]);
    expect(bodiesIn('The Immigration Service said it would review the cases.')).toEqual([]);
  });

  it('does not take a building named after a person, nor a body outside migration', () => {
    expect(bodiesIn('The refugees were sheltered at the Robert Miller Center for two nights.')).toEqual([]);
    expect(bodiesIn('The Senate Banking Committee met on Tuesday to discuss interest rates.')).toEqual([]);
  });

  it('does not take a university or its research centre for a body', () => {
    expect(bodiesIn('said a researcher at the UC Riverside Border Migration Center on Monday.')).toEqual([]);
    expect(bodiesIn('A study by the University of Ohio Refugee Research Center found gaps.')).toEqual([]);
    expect(bodiesIn('Students from the Lakeside College Immigrant Legal Clinic Network helped the families.')).toEqual([]);
    // A body named after a city is still one.
    expect(bodiesIn('Lawyers at the Boston Immigrant Legal Center said the hearings were rushed.')).toEqual(['Boston Immigrant Legal Center']);
  });

  it('does not read a title-case headline or a slogan as a body', () => {
    expect(bodiesIn('Refugee Support Network Warns Of Crowded Camps As Winter Nears\nThe camps are full.')).toEqual([]);
    expect(bodiesIn('Protesters chanted "Refugees Welcome" outside the station.')).toEqual([]);
  });

  it('leaves a body the gazetteer knows to its gazetteer id', () => {
    const result = extract('The International Organization for Migration (IOM) said 40 people drowned.');
    expect(result.organisations).toEqual([]);
    expect(result.mentions.map((m) => m.entityId)).toContain('org:iom');
  });
});

describe('French bodies', () => {
  it('finds a capitalised head with its lower-case complement', () => {
    expect(bodiesIn("Selon la Fédération des associations d'accueil des exilés, 300 personnes dorment dehors.")).toEqual(["Fédération des associations d'accueil des exilés"]);
  });

  it('finds the name after « l’association », quoted or not', () => {
    expect(bodiesIn("Les bénévoles de l'association Solidarité Exilés 44 distribuent des repas.")).toEqual(['Solidarité Exilés 44']);
    // Not quoted, a name that does not say what the body works on is not enough.
    expect(bodiesIn("Les bénévoles de l'association Terre Bleue distribuent des repas.")).toEqual([]);
    expect(bodiesIn('Elle a fondé l\'association "Nuovi Cittadini" en 2015.')).toEqual(['Nuovi Cittadini']);
  });

  it('reads on, after a cue, the lower-case words of a French name that say what the body stands for', () => {
    expect(bodiesIn('Le collectif Tous exilés a manifesté devant la mairie de Gap.')).toEqual(['Tous exilés']);
    expect(bodiesIn("Les bénévoles de l'association Solidarité migrants Tremblay distribuent des repas.")).toEqual(['Solidarité migrants Tremblay']);
    // A verb after the name ends it; a name that says nothing of migration is still no body the desk follows.
    expect(bodiesIn("L'association Vallée citoyenne organise une fête du village.")).toEqual([]);
  });

  it('finds the name after a cue and the words saying what the body does', () => {
    expect(bodiesIn('Les repas sont servis par l’ONG d’aide aux exilés Terre Ouverte depuis mars.')).toEqual(['Terre Ouverte']);
    expect(bodiesIn('L’ONG de sauvetage en Méditerranée a dénoncé le blocage du navire.')).toEqual([]);
  });

  it('finds a prefecture by the place after it, in lower case or capitalised', () => {
    expect(bodiesIn('Vingt familles ont reçu un refus de la préfecture du Var la semaine dernière.')).toEqual(['préfecture du Var']);
    expect(bodiesIn("La Préfecture de l'Hérault a ordonné l'évacuation du squat mardi.")).toEqual(["Préfecture de l'Hérault"]);
    // A prefecture named by no place, or a town's « préfecture » as a building, is no body's name.
    expect(bodiesIn('Les exilés attendent depuis six heures devant la préfecture.')).toEqual([]);
    expect(bodiesIn('Une préfecture de province a fermé ses guichets.')).toEqual([]);
  });

  it('reads a lower-case complement after « L’Office » at the start of a sentence', () => {
    const text = "L'Office central de lutte contre l'immigration clandestine (OCLIC) a démantelé un réseau. L'OCLIC a saisi trois bateaux.";
    expect(bodiesIn(text)).toEqual(["Office central de lutte contre l'immigration clandestine"]);
    expect(mentionsOf(text, organisationId("Office central de lutte contre l'immigration clandestine"))).toHaveLength(3);
  });

  it('reads a capitalised word before the head, adjectives after the complement and « sans-papiers »', () => {
    expect(bodiesIn("Le Haut Comité à l'accueil des exilés a publié un avis sévère.")).toEqual(["Haut Comité à l'accueil des exilés"]);
    expect(bodiesIn('Une délégation de la Fédération des solidarités internationales est arrivée.')).toEqual(['Fédération des solidarités internationales']);
    expect(bodiesIn('La Coordination régionale des sans-papiers appelle à un rassemblement.')).toEqual(['Coordination régionale des sans-papiers']);
    expect(bodiesIn('Elle travaille pour la Plateforme des collectifs de soutien aux réfugiés depuis 2019.')).toEqual(['Plateforme des collectifs de soutien aux réfugiés']);
    // A fund or a group whose name says nothing of migration is no body the desk follows.
    expect(bodiesIn('Le Groupe Dubois a racheté la Plateforme des commerçants du centre-ville.')).toEqual([]);
  });

  it('finds a court or a prefecture by its complement and place, in lower case, when the sentence is about migration', () => {
    expect(bodiesIn('Le tribunal administratif de Rennes a annulé l’expulsion de la famille afghane.')).toEqual(['tribunal administratif de Rennes']);
    expect(bodiesIn("La cour d'appel de Colmar a confirmé la condamnation de deux passeurs.")).toEqual(["cour d'appel de Colmar"]);
    expect(bodiesIn('La préfecture maritime de l’Atlantique a coordonné le sauvetage des naufragés.')).toEqual(['préfecture maritime de l’Atlantique']);
    // A sea's name starts in lower case: « la mer Baltique » is part of the place.
    expect(bodiesIn('La préfecture maritime de la Baltique et de la mer Baltique a secouru dix naufragés.')).toEqual(['préfecture maritime de la Baltique et de la mer Baltique']);
    expect(bodiesIn('Le Comité des exilés de la mer Noire a alerté sur le sort des naufragés.')).toEqual(['Comité des exilés de la mer Noire']);
    // A court of no migration matter, and a school yard, are not followed.
    expect(bodiesIn('Le tribunal correctionnel de Brest a condamné le maire pour corruption.')).toEqual([]);
    expect(bodiesIn("La cour de l'école a été refaite cet été.")).toEqual([]);
  });

  it('reads a country’s adjective inside a name, and « pour les … » as part of it', () => {
    expect(bodiesIn('Le Conseil portugais pour les réfugiés a critiqué le décret.')).toEqual(['Conseil portugais pour les réfugiés']);
    expect(bodiesIn("Le service d'asile chypriote a rejeté 900 demandes en mars.")).toEqual(["service d'asile chypriote"]);
  });

  it('does not take « le Conseil » alone, nor a ministry without its country', () => {
    expect(bodiesIn('Le Conseil a rejeté la demande des migrants mardi.')).toEqual([]);
    expect(bodiesIn("Le ministère de l'Intérieur a annoncé l'expulsion de 20 migrants.")).toEqual([]);
  });
});

describe('Arabic bodies', () => {
  it('finds the idafa chain after a head, up to a particle or a verb', () => {
    expect(bodiesIn('وقالت جمعية الأمل لإغاثة اللاجئين في بيان إن المخيم مكتظ.')).toEqual(['جمعية الأمل لإغاثة اللاجئين']);
    expect(bodiesIn('أعلن المرصد المغاربي للهجرة أن 300 مهاجر وصلوا الأسبوع الماضي.')).toEqual(['المرصد المغاربي للهجرة']);
  });

  it('leaves the conjunction outside the name and gives one id to the name with or without it', () => {
    const result = extract('التقى الوفد ممثلي الصليب الأحمر ولجنة دعم المهاجرين الأفارقة، ثم زار المخيم.');
    expect(result.organisations.map((o) => o.names.ar)).toEqual(['لجنة دعم المهاجرين الأفارقة']);
    expect(result.organisations[0]?.id).toBe(organisationId('لجنة دعم المهاجرين الأفارقة'));
  });

  it('takes the displaced, foreigners and trafficking victims for what the desk follows, under more heads', () => {
    expect(bodiesIn('وقالت جمعية رعاية المهجرين إن العائلات بلا مأوى.')).toEqual(['جمعية رعاية المهجرين']);
    expect(bodiesIn('وقالت الرابطة التونسية لحماية الأجانب إن العائلات بلا مأوى.')).toEqual(['الرابطة التونسية لحماية الأجانب']);
    // Heads the Latin list has too: a forum, an initiative, the popular committees.
    expect(bodiesIn('وأكد المنتدى المغاربي للهجرة أن الأعداد ارتفعت.')).toEqual(['المنتدى المغاربي للهجرة']);
    expect(bodiesIn('وقالت اللجان الشعبية للاجئين في المخيمات إن الوضع صعب.')).toEqual(['اللجان الشعبية للاجئين']);
    expect(bodiesIn('The Border Rights Coalition said the wall was unlawful.')).toEqual(['Border Rights Coalition']);
    expect(bodiesIn("Selon l'Observatoire de la rétention, rien ne change.")).toEqual(['Observatoire de la rétention']);
  });

  it('finds an NGO’s transliterated name before «غير الحكومية» when the sentence is about the desk’s work', () => {
    expect(bodiesIn('وأنقذت منظمة بلو ويف غير الحكومية الهولندية 40 مهاجرا قرب لامبيدوزا.')).toEqual(['بلو ويف']);
    // Nothing around it about migrants or rescue, a country's nisba, or the NGO unnamed: no body.
    expect(bodiesIn('وقالت منظمة غرين فيلد غير الحكومية إن الغابات تحترق.')).toEqual([]);
    expect(bodiesIn('وأنقذت منظمة هولندية غير حكومية 40 مهاجرا.')).toEqual([]);
    // The NGO's country after its name ends the name.
    expect(bodiesIn('وأنقذت منظمة سي ستار الهولندية غير الحكومية 40 مهاجرا.')).toEqual(['سي ستار']);
    expect(bodiesIn('وقالت المنظمة غير الحكومية إن المهاجرين بخير.')).toEqual([]);
  });

  it('does not take what a body already named says, quoted after its definite head, for a name', () => {
    expect(bodiesIn('واتهمت المفوضية السلطات "بترهيب المهاجرين في المراكز" الشهر الماضي.')).toEqual([]);
    expect(bodiesIn('ودعت الجمعية "إلى حماية اللاجئين فوراً" في بيانها.')).toEqual([]);
    // An indefinite head before the quotation marks still names the body.
    expect(bodiesIn('وأطلقت جمعية "جسور للاجئين" حملة جديدة.')).toEqual(['جمعية جسور للاجئين']);
  });

  it('does not take a bare «اللجنة» or a generic body for a name', () => {
    expect(bodiesIn('وقالت اللجنة إن المهاجرين سيُنقلون غداً.')).toEqual([]);
    expect(bodiesIn('وافق مجلس النواب الأمريكي على القانون.')).toEqual([]);
    expect(bodiesIn('وقالت وزارة الداخلية إن قارباً غرق قبالة السواحل.')).toEqual([]);
  });

  it('does not take a news agency or a body outside migration', () => {
    expect(bodiesIn('وقالت وكالة "الأنباء المحلية" إن الحدود أغلقت.')).toEqual([]);
    expect(bodiesIn('فاز الفريق بعد قرار الاتحاد المحلي لكرة القدم.')).toEqual([]);
  });
});

describe('laws named for migration', () => {
  const processesIn = (text: string) => extract(text).organisations.filter((o) => o.kind === 'process').map((o) => [o.id, o.names.en]);

  it('finds a law whose name says it is about migration, as a process', () => {
    expect(processesIn('The House passed the Safe Harbor Asylum Act by four votes on Thursday.')).toEqual([['process:_safe-harbor-asylum-act', 'Safe Harbor Asylum Act']]);
    expect(processesIn('Lawyers cited the Protection of Migrant Workers Act in court.')).toEqual([['process:_protection-of-migrant-workers-act', 'Protection of Migrant Workers Act']]);
  });

  it('does not take a law about something else, a bare "Act" or a programme for one', () => {
    expect(processesIn('The Rural Rescue and Relief Act funds fire trucks.')).toEqual([]);
    expect(processesIn('Officials said the Act would take effect in May, after the asylum reform.')).toEqual([]);
    expect(processesIn('The city’s Asylum Seekers Rental Assistance Program ends in June.')).toEqual([]);
  });
});

describe('a name written short is the body named in full', () => {
  it('gives the tail of a longer found name the longer one’s id, and makes no second body', () => {
    const text = 'The Harbor County Immigrant Legal Aid Network opened a clinic for families. Later that week the Immigrant Legal Aid Network said it was full.';
    expect(bodiesIn(text)).toEqual(['Harbor County Immigrant Legal Aid Network']);
    expect(mentionsOf(text, organisationId('Harbor County Immigrant Legal Aid Network'))).toEqual(['Harbor County Immigrant Legal Aid Network', 'Immigrant Legal Aid Network']);
  });

  it('gives the tail of a gazetteer body’s name the gazetteer id', () => {
    const text = "Mexico's National Migration Institute said 90 people were found. The Migration Institute said they were taken to a shelter.";
    const result = extract(text);
    expect(result.organisations).toEqual([]);
    expect(result.mentions.filter((m) => m.entityId === 'org:mx-national-migration-institute').map((m) => m.surface)).toEqual(["Mexico's National Migration Institute", 'Migration Institute']);
  });

  it('keeps a name that is no tail of another as its own body', () => {
    const text = 'Lawyers from the Harbor County Immigrant Legal Aid Network met members of the Valley Refugee Rights Coalition on the pier.';
    expect(bodiesIn(text)).toEqual(['Harbor County Immigrant Legal Aid Network', 'Valley Refugee Rights Coalition']);
  });
});

describe('found bodies keep one id', () => {
  it('gives a name the same id in any case, with or without its article or diacritics', () => {
    expect(organisationId('the Little Valley Community Council')).toBe(organisationId('Little Valley Community Council'));
    expect(organisationId('Fédération des Acteurs')).toBe(organisationId('fédération des acteurs'));
    expect(organisationId('المرصدُ المغاربي للهجرة')).toBe(organisationId('مرصد المغاربي للهجرة'));
  });
});
