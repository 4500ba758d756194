/**
 * Word lists the Latin-script person finder (people-latin.ts) reads English and French press with:
 * titles, roles, reporting verbs, and the words that make a capitalised phrase an organisation or a
 * place rather than a name. Kept apart so the finder's logic reads on its own.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const givenNamesSchema = z.object({ note: z.string(), latin: z.array(z.string().min(1)), ar: z.array(z.string().min(1)) });
const givenNames = givenNamesSchema.parse(JSON.parse(readFileSync(new URL('./gazetteer/given-names.json', import.meta.url), 'utf8')));

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Given names as written (case matters: "Grace" the name, "grace" the word). */
export const LATIN_GIVEN_NAMES: ReadonlySet<string> = new Set(givenNames.latin);
/** Arabic given names, as written before normalisation. */
export const ARABIC_GIVEN_NAMES: readonly string[] = givenNames.ar;

/**
 * Titles written capitalised before a name ("Minister", "Dr", « M. »). Case matters: "president" in
 * lower case is a noun in English, so English lower-case roles are in ROLE_WORDS.
 */
export const TITLES = words(`
  Minister President Commissioner Director Secretary Ambassador Dr Mr Ms Mrs Chancellor Senator Sen Rep
  Representative Gov Governor Mayor Judge Envoy Rapporteur King Queen Prince Princess Gen Colonel Col Chairman
  Chairwoman Chief Speaker Sheriff Chair Commander Coordinator Pope Sheikh Cheikh Lord Lady Sir Dame Justice
  M MM Mme Mmes Mlle Me Pr Président Présidente Ministre Maître Monsieur Madame Général Pape Roi Reine
`);

/** Titles after which a bare surname is a person ("Mr Salvini", « M. Darmanin », "President Obama"). */
export const SURNAME_TITLES = words(`
  Mr Ms Mrs Dr M Mme Mlle Me Pr Maître Monsieur Madame President Président Présidente Chancellor Senator Sen Rep
  Gov Governor Mayor Judge Minister Ministre Commissioner Ambassador Pope Pape Sheikh Cheikh General Général Gen
  Lord Lady Sir Dame King Queen Prince Princess ministre président présidente général pape maire sénateur juge
  député députée préfet
`);

/** Words that may sit between a title and the name ("Director General", « ministre de l'Intérieur »). */
export const TITLE_WORDS = words(`
  General Executive Deputy Prime Foreign Interior Home Vice Special High Chief Acting Regional Secretary
  Minister Director Commissioner Attorney Senior Assistant Under State Permanent Affairs Officer Mission Justice
  Immigration Migration Defence Defense Finance Economy Labour Labor Health Education Security Homeland
  Premier premier première ministre Ministre de du des d l la le Intérieur intérieur Affaires affaires
  étrangères Étrangères Justice Travail Santé Économie Défense Immigration Intégration Europe européennes
  délégué déléguée général générale adjoint adjointe porte-parole État Etat chargé chargée Staff Alderman
  Councilman Councilwoman Scholar Correspondent Editor Professor Trustee Inspector Superintendent
`);

/** Lower-case roles that introduce a name ("activist Huda Osman", « l'avocat Jean Moreau »). */
export const ROLE_WORDS = words(`
  activist activists lawyer journalist spokesman spokeswoman spokesperson researcher director official
  migrant refugee mayor minister president leader senator judge attorney candidate chief founder writer author
  professor doctor economist analyst captain commander envoy ambassador secretary coordinator head chairman
  rapporteur deputy photographer artist singer player coach poet novelist actor actress filmmaker director
  volunteer rescuer smuggler trafficker officer agent expert historian scholar colleague husband wife son
  daughter brother sister mother father uncle aunt cousin friend victim survivor prosecutor diplomat priest
  pastor imam bishop cardinal businessman businesswoman billionaire entrepreneur lawmaker congressman
  congresswoman governor sheriff teacher student nurse worker farmer fisherman resident campaigner advocate
  representative commissioner chancellor premier dictator ruler strongman warlord general colonel
  ministre président présidente porte-parole avocat avocate militant militante maire député députée sénateur
  sénatrice eurodéputé eurodéputée secrétaire directeur directrice chef responsable juge procureur procureure
  préfet préfète ambassadeur ambassadrice chercheur chercheuse journaliste écrivain écrivaine romancier
  romancière poète chanteur chanteuse acteur actrice réalisateur réalisatrice photographe artiste sociologue
  historien historienne politologue économiste professeur professeure docteur médecin capitaine commandant
  général colonel fondateur fondatrice coordinateur coordinatrice représentant représentante délégué déléguée
  commissaire rapporteur rapporteuse candidat candidate dirigeant dirigeante patron patronne bénévole migrant
  migrante réfugié réfugiée fils fille frère sœur soeur mère père épouse mari veuve victime passeur évêque
  imam pape prêtre opposant opposante dissident dissidente écologiste syndicaliste élu élue conseiller
  conseillère adjoint adjointe vice-président vice-présidente chancelière chancelier ex-ministre ex-président
  président-directeur leader cofondateur cofondatrice philosophe humoriste comédien comédienne footballeur
  entraîneur chercheur anthropologue géographe démographe juriste magistrat magistrate whip owner CEO
  Senators senators spokesperson manager supervisor inspector detective investigator chef-adjoint
`);

/** Verbs and words that report what a person said, right after the name ("… said", « … a déclaré »). */
export const REPORTING_AFTER = words(`
  said says told added wrote explained warned stated noted argued insisted announced tweeted confirmed urged
  asked replied acknowledged admitted claimed believes thinks recalled described called stressed pointed
  who whose tells adds explains warns notes argues insists announces urges
  affirme déclare estime explique souligne ajoute indique précise rappelle dénonce assure raconte confie
  témoigne reconnaît regrette martèle insiste prévient juge qui dit avait
`);

/** Reporting verbs before the name ("…, said Jane Doe", « …, a déclaré Jean Moreau », « selon Jean Moreau »). */
export const REPORTING_BEFORE = words(`
  said says told added explained warned noted wrote asked according
  selon déclaré indiqué expliqué affirmé souligné ajouté précisé dit estimé assuré confié raconté dénoncé
  regretté rappelé martelé lancé insisté prévenu réagi témoigné reconnu déclare affirme explique estime
  souligne ajoute précise indique raconte confie avertit détaillé détaille déclarait expliquait affirmait
  estimait assure juge dénonce regrette martèle tranche répond répondu qualifié
`);

/** After "Name, …": what makes the apposition a role ("Amina Haddad, a spokeswoman…", "…, 34,"). */
export const APPOSITION_OPENERS = words(`
  a an the who whose his her its le la l un une qui ancien ancienne former then now also
`);

/**
 * A capitalised word that makes the phrase an organisation, a place, an event or a thing: "Human Rights
 * Watch said", "Ocean Viking", « Médecins sans frontières », "Charles de Gaulle Airport".
 */
export const NOT_NAME_WORDS = words(`
  Watch Rights Human Union Nations United Organization Organisation Office Ministry Department Agency Council
  Commission Committee Court Party Front Coast Guard Patrol Police Army Forces Service Services Institute Center
  Centre Foundation University Church Bank Fund Group Association House Hall Street Road Square Airport Port
  Island Islands Sea River Lake Mountains Mountain City County State States Republic Kingdom Federation Network
  International Times Post Journal News Herald Tribune Press Radio Television Company Inc Corp Ltd Club FC
  Hospital School College Academy Prize Award Cup League Festival Day Act Law Bill Plan Programme Program
  Operation Project Initiative Crisis War Spring Revolution Movement Alliance Coalition Assembly Parliament
  Senate Congress Cabinet Board Authority Administration Secretariat Bureau Unit Division Brigade Corps Navy
  Command Doctors World Children Save Red Cross Crescent Amnesty Ocean Viking Aquarius Mediterranean Europe
  European African Arab Islamic Muslim Catholic Jewish Global Compact Summit Conference Forum Report
  Strait Gulf Bay Valley Desert Camp Border Borders Wall Island Peninsula Prison Station Park Stadium Museum
  Foundation Trust Society Institution Partnership Alliance Facility Detention Centre Council Tribunal
  Ministère Conseil Cour Tribunal Assemblée Nationale National Sénat Parti Rassemblement République Ligue
  Comité Haut Commissariat Agence Direction Préfecture Mairie Ville Rue Place Gare Aéroport Île Mer Fleuve
  Croix-Rouge Croix Rouge Croissant Secours Catholique Populaire Médecins Monde Frontières Fondation Institut
  Association Collectif Syndicat Observatoire Musée Palais Élysée Matignon Quai Libération Figaro Inter
  Info Presse Journal Nations Unies Européenne Européen Union Démocrates Républicains Insoumise Marche
  Renaissance Verts Sud Nord Est Ouest Centre Saint Sainte San Santa St Mount Mont Lac Cap Golfe Baie Canal
  Google Facebook Twitter Instagram YouTube WhatsApp Telegram Amazon Apple Microsoft TikTok Netflix
  Democrats Republicans Democratic Republican Labour Conservative Conservatives Tory Tories Liberal Liberals
  Green Greens Socialist Socialists Communist Brexit Covid Coronavirus Ebola Brothers Brotherhood Taliban
  Hamas Hezbollah State Islamic Qaeda Boko Haram Shabab Caucus Americans Africans Europeans Eagles North South
  East West Northern Southern Eastern Western Central Upper Lower Alpes Maritimes Dakota Carolina Hampshire
`);

/** Capitalised function words and calendar words that never begin or sit inside a name. */
export const NOT_NAME_STOP = words(`
  The A An In On At Of For And But Or To From By With As He She It They We I His Her Their This That These
  Those My Our Your If When While After Before Since Until Under Over Into Also Yet So Not No Yes All Some Many
  Most More Less Each Every Any Both Either Neither There Here Where What Who Why How Which Whose Whom Then
  Now Today Yesterday Tomorrow Last Next First Second New Old Former Ex Mr Mrs Ms Dr Jr Sr Says Said Will
  Would Has Have Had Is Was Are Were Be Been Do Does Did Can Could May Might Must Should Shall
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August
  September October November December
  Le La Les Un Une Des Du De Au Aux Et En Dans Pour Par Sur Avec Selon Mais Il Elle Ils Elles Nous Vous On
  Ce Cet Cette Ces Son Sa Ses Leur Leurs Notre Nos Votre Vos Mon Ma Mes Qui Que Quoi Dont Où Comme Si Quand
  Alors Ainsi Après Avant Depuis Pendant Entre Contre Sans Sous Vers Chez Lors Puis Car Donc Or Ni Tout Tous
  Toute Toutes Plus Moins Très Déjà Encore Aussi Même Aujourd Hier Demain Lundi Mardi Mercredi Jeudi
  Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre
  Décembre Monsieur Madame Democrat Republican Senators Ministers Sens Reps
`);

/** Lower-case particles inside a name ("Maria van der Berg", "Bashar al-Assad"). */
export const NAME_PARTICLES = words('de van von der den al el bin ibn da di du le la dos del ul ben abu ould');
/** Capitalised particles inside a name after its first word ("Marine Le Pen", "Zine El Abidine Ben Ali"). */
export const CAPITAL_PARTICLES = words('Le La De Van Von Der Den Al El Ben Bin Ibn Abu Abou Ould Da Di Du Del Dos');
