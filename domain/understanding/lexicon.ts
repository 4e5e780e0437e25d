import { wordTable } from '../text/wordTable';
import { foldText } from '../register/nameNormalize';
import type { BbvCategory, RiskProfile } from '../register/types';
import type { IntentName, RoleTopic } from './intentNames';

/**
 * The bot's vocabulary in one place (Dutch and English, folded to lower case without accents).
 * Party, person and template words come from the register and the templates at run time; what is
 * here are the words of the questions themselves.
 */

/** Greetings, politeness and filler: never part of a name, never a cue. */
export const FILLER = new Set(
  `hoi hallo hey hee hai moi moin goedemorgen goeiemorgen goeiemiddag goedemiddag goedenavond morgen middag dag beste collega collegas
   aub alsjeblieft alstublieft graag please pls plz bedankt dank dankje dankjewel thanks thank thx ty alvast
   eigenlijk even ff effe efkes nou toch nog eens trouwens misschien precies gewoon wel maar dan ook zo
   snel snelle vraag vraagje question quick quickly actually just btw again exactly maybe perhaps kindly
   eigen own context want wants wanted wanna like ok oke okay hmm eh uh hi hello dear good morning afternoon evening cheers zeg hoor he ja nee yes no
   vertellen vertel weet weten jij je u me mij kun kunt kan kunnen zou zouden wil wilt willen mag mogen
   ik we wij ons onze our us i you your my mijn can could would will should tell know let find out
   opzoeken zoeken nakijken checken check look up help helpen vraag vroeg vragen afvragen wonder wondering
   namens gemeente gemeentes municipality council behalf lindenwaard allemaal ergens alles everything anything zn m r here hier daar there
   exactly precies eigenlijk nou zelf wacht sorry bedoel oeps oh excuus wait oops pardon eerst any then`.split(/\s+/).filter(Boolean),
);

/** Function words: skipped between cues and names; may bridge two name words ("Rotterdam Den Haag"). */
export const STOP = new Set(
  `de het een t s van bij in op voor aan naar met over en of te is zijn er dit dat deze die wat welk welke
   wie waar wanneer hoe hoeveel waarom als om uit door tot na nu al reeds hier daar
   as qua the a an of at in on for to with about and or is are was were be been does do did has have had
   that this these those there it its they them their which who whom what where when how why whose
   worden wordt werd hebben heeft hebt had staat staan gaat gaan geven geeft gegeven indienen ingediend sturen stuurt
   krijgen krijgt doen moet moeten moeten zal zullen laten maken uitbrengen brengen komen komt kijken zien weten
   raad gemeenteraad college griffie partij partijen partner organisatie organisaties samenwerking tussen between
   get give make send need needs must shall see tell find council party organisation organization cooperation
   momenteel nu tegenwoordig currently now today vandaag straks later ooit hun hen zij wie's whos whats
   lopen loopt liggen ligt blijven blijft binnen keer side one ones hold holds houden houdt nieuw nieuwe new
   per jaar jaarlijks year yearly annually maand month gisteren yesterday yesterdays eergisteren vorige vorig last volgende next komende
   plaats plaatsvinden vindt directeur directie vertrekt vertrok stopt stijgt daalt fuseert verhoogt verlaagt zakt file dossier opgezet opgericht volgens stadhuis time ding dingen thing dinges eerstvolgende eerstvolgend bedraagt bedragen verder further zet zetten bestuurszetel zetel open mis by involved affiliated project projects projecten dus thus so vaak often vast af mee hoort horen hoor bijdragen insturen opsturen inleveren inzenden serve serves provide provides offer offers
   geef geeft hele heel werken werkt tijd afspraak plan meer more else anders onder under weer again iets something ergens somewhere eentje allerlei welk soort kind sort`.split(/\s+/).filter(Boolean),
);

/** Words that may join two name words into one name. */
/** National bodies and agencies users name that a municipality holds no seat in. */
export const NATIONAL_BODIES = new Set(
  `belastingdienst uwv svb duo cak rdw rijkswaterstaat kadaster politie ind cbs rvo kvk knmi rivm prorail
   nvwa ilt rechtspraak kiesraad justis cjib ocw bzk vws ezk minfin ministerie kustwacht defensie marechaussee brandweeracademie nji coa dji staatsbosbeheer rijksoverheid`.split(/\s+/).filter(Boolean),
);

export const BRIDGE = new Set(['en', 'van', 'de', 'den', 'der', 'het', 't', 'te', 'op', 'aan', 'and', 'of', 'in']);

/** Words that say the message continues the previous question. */
export const FOLLOW_UP_START = ['ik bedoel', 'i mean', 'en', 'and', 'ook', 'also', 'what about', 'how about', 'en hoe zit het met', 'hoe zit het met', 'en voor', 'en bij', 'en van', 'and for', 'and at', 'idem'];
/** Words that point back to the previous subject. */
export const ANAPHORA = new Set(['daarheen', 'erheen', 'ernaartoe', 'daarnaartoe', 'daaraan', 'daarop', 'daarmee', 'daarover', 'erop', 'hieraan', 'hiervan', 'therein', 'erin', 'eraan', 'erbij', 'ervan', 'erover', 'ermee', 'hierin', 'hij', 'he', 'she', 'him', 'her', 'his', 'daar', 'daarin', 'daarvan', 'daarbij', 'daarvoor', 'die', 'diezelfde', 'ze', 'zij', 'hun', 'hen', 'hem', 'haar', 'there', 'them', 'they', 'their', 'it', 'its', 'that', 'dezelfde', 'same', 'hetzelfde', 'dat']);

/** Body names and what they stand for. */
export const BODY_PHRASES = wordTable<string>({
  ab: 'AB', 'algemeen bestuur': 'AB', 'algemene bestuur': 'AB', 'general board': 'AB', 'general governing board': 'AB',
  db: 'DB', 'dagelijks bestuur': 'DB', 'dagelijkse bestuur': 'DB', 'executive board': 'DB', 'daily board': 'DB', 'executive committee': 'DB',
  'shareholder meetings': 'AvA', 'shareholders meetings': 'AvA',
  rvt: 'RvC', 'raad van toezicht': 'RvC',
  ava: 'AvA', 'algemene vergadering': 'AvA', 'algemene vergadering van aandeelhouders': 'AvA', aandeelhoudersvergadering: 'AvA', 'vergadering van aandeelhouders': 'AvA',
  'shareholders meeting': 'AvA', 'shareholder meeting': 'AvA', 'general meeting': 'AvA', 'general meeting of shareholders': 'AvA', agm: 'AvA', 'annual general meeting': 'AvA',
  aandeelhoudersvertegenwoordiger: 'AvA', 'shareholder representative': 'AvA', 'shareholders representative': 'AvA', aandeelhoudersvergaderingen: 'AvA',
  bestuursvergadering: 'bestuur', ledenvergadering: 'AvA', 'algemene ledenvergadering': 'AvA', alv: 'AvA',
  'shareholder rep': 'AvA', 'shareholders rep': 'AvA',
  commissaris: 'RvC', 'supervisory director': 'RvC', 'als aandeelhouder': 'AvA', 'as shareholder': 'AvA', 'as a shareholder': 'AvA',
  rvc: 'RvC', 'raad van commissarissen': 'RvC', 'supervisory board': 'RvC', 'board of supervisors': 'RvC', commissarissen: 'RvC',
  bestuur: 'bestuur', stichtingsbestuur: 'bestuur', board: 'bestuur', 'board of directors': 'bestuur',
});

/** Seat roles people ask for. */
export const ROLE_PHRASES: Record<string, string> = {
  plaatsvervanger: 'plaatsvervanger', plaatsvervangend: 'plaatsvervanger', vervangt: 'plaatsvervanger', vervangen: 'plaatsvervanger', replaces: 'plaatsvervanger', plv: 'plaatsvervanger', vervanger: 'plaatsvervanger', invaller: 'plaatsvervanger',
  substitute: 'plaatsvervanger', deputy: 'plaatsvervanger', alternate: 'plaatsvervanger', replacement: 'plaatsvervanger', stand: 'plaatsvervanger',
  'het lid zelf': 'lid', 'lid zelf': 'lid', 'vaste lid': 'lid', 'full member': 'lid', 'the member itself': 'lid',
  voorzitter: 'voorzitter', voorzit: 'voorzitter', chairs: 'voorzitter', chaired: 'voorzitter', chair: 'voorzitter', chairman: 'voorzitter', chairwoman: 'voorzitter', chairperson: 'voorzitter', president: 'voorzitter',
};

/** Category words (plural and singular), for lists and totals. */
export const CATEGORY_PHRASES: Record<string, BbvCategory> = {
  'gemeenschappelijke regelingen': 'gemeenschappelijke regeling', 'gemeenschappelijke regeling': 'gemeenschappelijke regeling', gr: 'gemeenschappelijke regeling', grs: 'gemeenschappelijke regeling', gren: 'gemeenschappelijke regeling',
  'joint arrangements': 'gemeenschappelijke regeling', 'joint arrangement': 'gemeenschappelijke regeling', 'joint regulations': 'gemeenschappelijke regeling', 'public bodies': 'gemeenschappelijke regeling', 'openbare lichamen': 'gemeenschappelijke regeling',
  vennootschappen: 'vennootschap of coöperatie', vennootschap: 'vennootschap of coöperatie', cooperaties: 'vennootschap of coöperatie', deelnemingen: 'vennootschap of coöperatie', deelneming: 'vennootschap of coöperatie',
  nvs: 'vennootschap of coöperatie', bvs: 'vennootschap of coöperatie', 'nv en bv': 'vennootschap of coöperatie', 'nvs en bvs': 'vennootschap of coöperatie', 'other category': 'overig', 'overige categorie': 'overig', 'categorie overig': 'overig', companies: 'vennootschap of coöperatie', company: 'vennootschap of coöperatie', cooperatives: 'vennootschap of coöperatie', shareholdings: 'vennootschap of coöperatie', 'public limited companies': 'vennootschap of coöperatie', bedrijven: 'vennootschap of coöperatie',
  stichtingen: 'stichting of vereniging', stichting: 'stichting of vereniging', verenigingen: 'stichting of vereniging', vereniging: 'stichting of vereniging', foundations: 'stichting of vereniging', foundation: 'stichting of vereniging', associations: 'stichting of vereniging',
  cvs: 'overig', 'limited partnership': 'overig', 'limited partnerships': 'overig', commanditaire: 'overig',
  nv: 'vennootschap of coöperatie', bv: 'vennootschap of coöperatie', deelnames: 'vennootschap of coöperatie', regelingen: 'gemeenschappelijke regeling',
  'overige verbonden partijen': 'overig', 'overige partijen': 'overig', overige: 'overig', 'other affiliated parties': 'overig', overig: 'overig',
  'category other': 'overig', 'the category other': 'overig', 'under other': 'overig', 'other connected parties': 'overig', 'other verbonden partijen': 'overig',
};

export const RISK_PHRASES: Record<string, RiskProfile> = {
  hoog: 'hoog', hoge: 'hoog', rood: 'hoog', meeste: 'hoog', hoogste: 'hoog', grootste: 'hoog', high: 'hoog', groot: 'hoog', grote: 'hoog', risicovol: 'hoog', risicovolle: 'hoog', riskant: 'hoog', riskante: 'hoog', risky: 'hoog', zwaar: 'hoog',
  riskiest: 'hoog', 'most risky': 'hoog', 'or higher': 'hoog', 'of hoger': 'hoog', 'en hoger': 'hoog', 'and higher': 'hoog', laagrisico: 'laag', hoogrisico: 'hoog', middenrisico: 'midden', 'low risk': 'laag', 'high risk': 'hoog',
  middencategorie: 'midden', 'middle category': 'midden', hoogrisicocategorie: 'hoog', middelhoog: 'midden', middelhoge: 'midden', midden: 'midden', middel: 'midden', gemiddeld: 'midden', gemiddelde: 'midden', medium: 'midden', middelmatig: 'midden', matig: 'midden', moderate: 'midden', average: 'midden',
  veel: 'hoog', weinig: 'laag', beperkt: 'laag', beperkte: 'laag', little: 'laag', laag: 'laag', lage: 'laag', low: 'laag', klein: 'laag', kleine: 'laag', gering: 'laag', geringe: 'laag',
};
export const NEGATION = new Set(['geen', 'niet', 'not', 'no', 'without', 'zonder', 'behalve', 'except', 'non', 'isnt', 'arent', 'dont', 'doesnt', 'nor']);

/** What users call a change, mapped to template change kinds; template words are added at run time. */
export const CHANGE_PHRASES: Record<string, string> = {
  begroting: 'ontwerpbegroting', 'nieuwe begroting': 'ontwerpbegroting', conceptbegroting: 'ontwerpbegroting', 'draft budget': 'ontwerpbegroting', budget: 'ontwerpbegroting', 'new budget': 'ontwerpbegroting', kaderbrief: 'ontwerpbegroting',
  'budget amendment': 'begrotingswijziging', 'budget change': 'begrotingswijziging', 'gewijzigde begroting': 'begrotingswijziging', 'wijziging begroting': 'begrotingswijziging', 'wijziging van de begroting': 'begrotingswijziging',
  'wijziging regeling': 'wijziging regeling', 'regeling wijzigen': 'wijziging regeling', 'wijziging van de regeling': 'wijziging regeling', 'gewijzigde regeling': 'wijziging regeling', regeling: 'wijziging regeling', 'arrangement amendment': 'wijziging regeling', 'amended arrangement': 'wijziging regeling', 'change to the arrangement': 'wijziging regeling', 'arrangement change': 'wijziging regeling', 'amendment of the arrangement': 'wijziging regeling', statuten: 'wijziging regeling', statutenwijziging: 'wijziging regeling', 'statutes': 'wijziging regeling',
  toetreding: 'toetreding', toetreden: 'toetreding', joining: 'toetreding', join: 'toetreding', 'aansluiten': 'toetreding', aansluiting: 'toetreding',
  uittreding: 'uittreding', uittreden: 'uittreding', uitstappen: 'uittreding', opzeggen: 'uittreding', leaving: 'uittreding', leave: 'uittreding', exit: 'uittreding', withdrawal: 'uittreding', withdraw: 'uittreding',
  'wisseling vertegenwoordiger': 'wisseling vertegenwoordiger', 'nieuwe vertegenwoordiger': 'wisseling vertegenwoordiger', 'andere vertegenwoordiger': 'wisseling vertegenwoordiger', 'nieuwe bestuurder': 'wisseling vertegenwoordiger', 'new representative': 'wisseling vertegenwoordiger', 'change of representative': 'wisseling vertegenwoordiger', 'new delegate': 'wisseling vertegenwoordiger', wisseling: 'wisseling vertegenwoordiger',
};

export const WEEKDAYS: Record<string, number> = {
  zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  zondags: 0, maandags: 1, dinsdags: 2, woensdags: 3, donderdags: 4, vrijdags: 5, zaterdags: 6, mondays: 1, tuesdays: 2, wednesdays: 3, thursdays: 4, fridays: 5,
};

/** Roles explained by the guidance cards, and the words that name them. */
export const ROLE_TOPIC_PHRASES = wordTable<RoleTopic>({
  eigenaar: 'eigenaar', eigenaarsrol: 'eigenaar', owner: 'eigenaar', 'owner role': 'eigenaar', aandeelhouder: 'eigenaar', shareholder: 'eigenaar',
  'commissioning party': 'opdrachtgever', 'commissioning client': 'opdrachtgever', commissioner: 'opdrachtgever', accounthouderschap: 'accounthouder', opdrachtgeverschap: 'opdrachtgever', eigenaarschap: 'eigenaar', aandeelhoudersvertegenwoordiger: 'vertegenwoordiger',
  opdrachtgever: 'opdrachtgever', opdrachtgeversrol: 'opdrachtgever', client: 'opdrachtgever', 'client role': 'opdrachtgever', vakafdeling: 'opdrachtgever',
  accounthouder: 'accounthouder', 'account holder': 'accounthouder', accountholder: 'accounthouder', 'account manager': 'accounthouder', accountmanager: 'accounthouder',
  portefeuillehouder: 'portefeuillehouder', 'portfolio holder': 'portefeuillehouder', wethouder: 'portefeuillehouder', alderman: 'portefeuillehouder',
  'our rep': 'vertegenwoordiger',
  vertegenwoordiger: 'vertegenwoordiger', 'bestuurlijk vertegenwoordiger': 'vertegenwoordiger', representative: 'vertegenwoordiger', bestuurder: 'vertegenwoordiger', 'board member': 'vertegenwoordiger', afgevaardigde: 'vertegenwoordiger',
  concerncontrol: 'concerncontrol', 'concern control': 'concerncontrol', controller: 'concerncontrol', concerncontroller: 'concerncontrol', control: 'concerncontrol', financien: 'concerncontrol', 'financial control': 'concerncontrol',
});

/** Person titles: the words after them name a person. */
export const PERSON_TITLES = new Set(['wethouder', 'burgemeester', 'mevrouw', 'mevr', 'mw', 'meneer', 'dhr', 'heer', 'mr', 'mrs', 'ms', 'drs', 'dr', 'ir', 'ing', 'alderman', 'mayor', 'raadslid', 'collega', 'gemeentesecretaris', 'mister']);

type Cues = Partial<Record<IntentName, number>>;

/**
 * Cue phrases and what they say about the intent. A strong cue weighs 3, a supporting one 1–2.
 * Phrases are matched on whole words; single words of 7+ letters also with a typo.
 */
export const CUES: Record<string, Cues> = {
  // help and small talk
  help: { help: 4 }, hulp: { help: 4 }, menu: { help: 4 }, 'wat kun je': { help: 4 }, 'wat kan je': { help: 4 }, 'wat kun jij': { help: 4 }, 'wat kan jij': { help: 4 }, 'wat kun je allemaal': { help: 4 },
  'what can you do': { help: 4 }, 'what can you': { help: 3 }, commands: { help: 4 }, opdrachten: { help: 2 }, 'hoe werk je': { help: 4 }, 'how do you work': { help: 4 }, 'waar kun je mee helpen': { help: 4 }, 'waarmee kun je': { help: 4 },
  helpen: { help: 2 }, 'hoe werkt': { help: 3 }, 'wat voor vragen': { help: 4 }, 'welke vragen': { help: 3 }, bot: { help: 1 }, partnerwijzer: { help: 1 }, 'how does this work': { help: 4 }, 'what can i ask': { help: 4 },
  // representation
  vertegenwoordigt: { represent: 3 }, vertegenwoordigd: { represent: 3 }, vertegenwoordigen: { represent: 3 }, vertegenwoordig: { represent: 3 }, vertegenwoordiger: { represent: 3 }, vertegenwoordigers: { represent: 3 }, vertegenwoordiging: { represent: 3 },
  afgevaardigde: { represent: 3 }, afgevaardigden: { represent: 3 }, 'namens ons': { represent: 1 }, 'namens de gemeente': { represent: 1 }, zit: { represent: 2, personSeats: 1 }, zitten: { represent: 2, personSeats: 1 }, zetelt: { represent: 2 }, zetel: { represent: 2 }, zetels: { represent: 2, personSeats: 1 },
  bestuurder: { represent: 2 }, bestuurders: { represent: 2 }, bestuursleden: { represent: 2 }, bestuurslid: { represent: 2 }, stemt: { represent: 3 }, stemmen: { represent: 2 }, stemrecht: { represent: 2 },
  'gaat naar': { represent: 2 }, 'gaan naar': { represent: 2 }, aandeelhoudersvertegenwoordiger: { represent: 3 }, 'wie zit': { represent: 2 }, 'wie zitten': { represent: 2 }, 'wie gaat': { represent: 1 }, 'zit er': { represent: 1 },
  represents: { represent: 3 }, represent: { represent: 3 }, representing: { represent: 3 }, representative: { represent: 3 }, representatives: { represent: 3 }, representation: { represent: 3 }, rep: { represent: 3 }, reps: { represent: 3 },
  delegate: { represent: 3 }, delegates: { represent: 3 }, sits: { represent: 2, personSeats: 1 }, sit: { represent: 2, personSeats: 1 }, seat: { represent: 2 }, seats: { represent: 2, personSeats: 1 }, votes: { represent: 3 }, vote: { represent: 2 }, 'on our behalf': { represent: 1 }, 'for us': { represent: 1 },
  'board members': { represent: 2 }, 'board member': { represent: 2 }, 'who attends': { represent: 2 }, attends: { represent: 2 }, zitting: { represent: 1 },
  // account holder
  accounthouder: { accountHolder: 3, accountFor: 1 }, accounthouders: { accountHolder: 3, accountFor: 1 }, 'account holder': { accountHolder: 3, accountFor: 1 }, accountholder: { accountHolder: 3, accountFor: 1 }, 'account manager': { accountHolder: 3, accountFor: 1 }, accountmanager: { accountHolder: 3, accountFor: 1 },
  contactpersoon: { accountHolder: 3 }, 'ambtelijk contact': { accountHolder: 3 }, 'ambtelijk contactpersoon': { accountHolder: 3 }, relatiebeheerder: { accountHolder: 3 }, relatiemanager: { accountHolder: 3 }, 'contact person': { accountHolder: 3 }, 'point of contact': { accountHolder: 3 }, 'relationship manager': { accountHolder: 3 }, liaison: { accountHolder: 3 }, ambtenaar: { accountHolder: 2 }, 'civil servant': { accountHolder: 2 }, ambtelijk: { accountHolder: 1 }, beheert: { accountHolder: 1, accountFor: 1 }, manages: { accountHolder: 1, accountFor: 1 }, 'in charge': { accountHolder: 1 },
  // portfolio holder
  portefeuillehouder: { portfolioHolder: 3, portfolioOf: 1 }, portefeuillehouders: { portfolioHolder: 3, portfolioOf: 1 }, portefeuille: { portfolioHolder: 2, portfolioOf: 2 }, 'portfolio holder': { portfolioHolder: 3, portfolioOf: 1 }, 'portfolio holders': { portfolioHolder: 3, portfolioOf: 1 }, portfolio: { portfolioHolder: 2, portfolioOf: 2 },
  eigenaarsrol: { portfolioHolder: 3 }, opdrachtgeversrol: { portfolioHolder: 3 }, eigenaar: { portfolioHolder: 2 }, opdrachtgever: { portfolioHolder: 2 }, 'bestuurlijk verantwoordelijk': { portfolioHolder: 3 }, 'bestuurlijk eigenaar': { portfolioHolder: 3 }, verantwoordelijk: { portfolioHolder: 2 }, verantwoordelijke: { portfolioHolder: 2 },
  'welke wethouder': { portfolioHolder: 3 }, 'which alderman': { portfolioHolder: 3 }, 'owner role': { portfolioHolder: 3 }, 'client role': { portfolioHolder: 3 }, owner: { portfolioHolder: 2 }, owners: { portfolioHolder: 2 }, responsible: { portfolioHolder: 2 }, 'in charge of': { portfolioHolder: 1 },
  vallen: { portfolioOf: 3 }, valt: { portfolioOf: 2 }, 'vallen onder': { portfolioOf: 3 }, 'valt onder': { portfolioHolder: 2, portfolioOf: 2 }, 'fall under': { portfolioOf: 3 }, 'falls under': { portfolioHolder: 2, portfolioOf: 2 }, 'zijn van': { portfolioOf: 1 }, 'heeft in portefeuille': { portfolioOf: 3 }, 'in zijn portefeuille': { portfolioOf: 3 }, 'in haar portefeuille': { portfolioOf: 3 }, 'in her portfolio': { portfolioOf: 3 }, 'in his portfolio': { portfolioOf: 3 },
  // money
  'financieel belang': { financialInterest: 3, largestInterest: 1, financialTotals: 1 }, 'financiele belang': { financialInterest: 3, largestInterest: 1, financialTotals: 1 }, 'financiele belangen': { financialInterest: 2, largestInterest: 1, financialTotals: 1 }, geld: { financialInterest: 3 }, bijdrage: { financialInterest: 3 }, bijdragen: { financialInterest: 2 }, betalen: { financialInterest: 3 }, betaalt: { financialInterest: 3 }, betaald: { financialInterest: 3 },
  kost: { financialInterest: 3 }, kosten: { financialInterest: 2 }, bedrag: { financialInterest: 3 }, euro: { financialInterest: 2 }, euros: { financialInterest: 2 }, financieel: { financialInterest: 2 }, financiele: { financialInterest: 1 }, investering: { financialInterest: 2 }, geinvesteerd: { financialInterest: 2 }, inleg: { financialInterest: 3 }, belang: { financialInterest: 1, publicInterest: 1 },
  'hoeveel geld': { financialInterest: 5 }, 'wat kost': { financialInterest: 3 }, 'hoeveel betalen': { financialInterest: 3 }, 'hoeveel dragen': { financialInterest: 3 }, 'dragen we bij': { financialInterest: 3 }, 'zit er in': { financialInterest: 1 }, gemeentegeld: { financialInterest: 3 },
  money: { financialInterest: 3 }, 'financial interest': { financialInterest: 3, largestInterest: 1, financialTotals: 1 }, 'financial stake': { financialInterest: 3 }, stake: { financialInterest: 2 }, contribution: { financialInterest: 3 }, contribute: { financialInterest: 3 }, 'how much': { financialInterest: 2 }, pay: { financialInterest: 3 }, spend: { financialInterest: 3 }, cost: { financialInterest: 3 }, costs: { financialInterest: 2 }, invested: { financialInterest: 3 }, invest: { financialInterest: 2 }, exposure: { financialInterest: 2 }, financially: { financialInterest: 2 }, financial: { financialInterest: 2 },
  grootste: { largestInterest: 3 }, hoogste: { largestInterest: 3 }, meeste: { largestInterest: 2 }, kleinste: { largestInterest: 3 }, laagste: { largestInterest: 2 }, largest: { largestInterest: 3 }, biggest: { largestInterest: 3 }, highest: { largestInterest: 3 }, smallest: { largestInterest: 3 }, lowest: { largestInterest: 2 }, top: { largestInterest: 2 }, ranking: { largestInterest: 3 }, rangschikking: { largestInterest: 3 }, gesorteerd: { largestInterest: 2 }, sorted: { largestInterest: 2 }, most: { largestInterest: 2 }, 'most money': { largestInterest: 3 },
  totaal: { financialTotals: 3 }, totale: { financialTotals: 3 }, 'in totaal': { financialTotals: 3 }, opgeteld: { financialTotals: 3 }, samen: { financialTotals: 1 }, 'per categorie': { financialTotals: 3 }, total: { financialTotals: 3 }, totals: { financialTotals: 3 }, 'in total': { financialTotals: 3 }, sum: { financialTotals: 3 }, altogether: { financialTotals: 3 }, 'per category': { financialTotals: 3 }, overall: { financialTotals: 1 }, 'all together': { financialTotals: 3 }, combined: { financialTotals: 2 },
  // public interest
  'openbaar belang': { publicInterest: 4 }, 'publiek belang': { publicInterest: 4 }, 'maatschappelijk belang': { publicInterest: 4 }, 'wat doet': { publicInterest: 3 }, 'wat doen': { publicInterest: 3 }, 'wat is de taak': { publicInterest: 3 }, taak: { publicInterest: 2 }, taken: { publicInterest: 2 }, doel: { publicInterest: 3 }, doelstelling: { publicInterest: 3 },
  waarom: { publicInterest: 3 }, waarvoor: { publicInterest: 3 }, 'wat voor organisatie': { publicInterest: 3 }, 'waar is het voor': { publicInterest: 3 }, 'doen we mee': { publicInterest: 3 }, 'nemen we deel': { publicInterest: 3 }, 'zitten we in': { publicInterest: 2 }, meedoen: { publicInterest: 2 }, deelnemen: { publicInterest: 2 }, 'wat levert': { publicInterest: 3 }, 'wat regelt': { publicInterest: 3 }, 'waar gaat': { publicInterest: 2 }, 'waar houdt': { publicInterest: 3 }, 'bezig': { publicInterest: 2 },
  'public interest': { publicInterest: 4 }, 'what does': { publicInterest: 3 }, 'what do': { publicInterest: 2 }, purpose: { publicInterest: 3 }, why: { publicInterest: 3 }, goal: { publicInterest: 3 }, mission: { publicInterest: 3 }, 'what is it for': { publicInterest: 3 }, 'take part': { publicInterest: 2 }, 'participate in': { publicInterest: 2 }, 'part of': { publicInterest: 1 }, role: { publicInterest: 1 }, task: { publicInterest: 2 }, tasks: { publicInterest: 2 },
  // person reverse lookups
  'in welke besturen': { personSeats: 4 }, 'welke besturen': { personSeats: 3 }, 'in welke organen': { personSeats: 4 }, 'welke zetels': { personSeats: 3 }, 'welke functies': { personSeats: 3 }, 'which boards': { personSeats: 4 }, 'what boards': { personSeats: 4 }, 'where does': { personSeats: 2 }, 'where do': { personSeats: 2 }, waar: { personSeats: 2 }, where: { personSeats: 2 },
  'voor welke partijen': { accountFor: 2, portfolioOf: 1 }, 'welke partijen beheert': { accountFor: 3 }, 'for which parties': { accountFor: 2, portfolioOf: 1 }, 'which parties': { accountFor: 1, portfolioOf: 1 }, 'welke partijen': { accountFor: 1, portfolioOf: 1 },
  // dates
  wanneer: { nextMeeting: 2, zienswijzeDeadline: 1 }, when: { nextMeeting: 2, zienswijzeDeadline: 1 }, vergadering: { nextMeeting: 2, logMeeting: 1, latestDecisions: 1 }, vergaderingen: { nextMeeting: 2, agenda: 1 }, vergadert: { nextMeeting: 3 }, vergaderen: { nextMeeting: 3 }, bijeenkomst: { nextMeeting: 2 }, volgende: { nextMeeting: 2 }, eerstvolgende: { nextMeeting: 3 }, 'komt bijeen': { nextMeeting: 3 }, 'komen bijeen': { nextMeeting: 3 }, datum: { nextMeeting: 2 }, 'welke datum': { nextMeeting: 2 }, 'hoe laat': { nextMeeting: 2 },
  meeting: { nextMeeting: 2, logMeeting: 1 }, meetings: { nextMeeting: 2, agenda: 1 }, meets: { nextMeeting: 3 }, meet: { nextMeeting: 3 }, next: { nextMeeting: 2 }, upcoming: { nextMeeting: 1, agenda: 2 }, date: { nextMeeting: 2 },
  zienswijze: { zienswijzeDeadline: 3 }, zienswijzen: { zienswijzeDeadline: 2 }, deadline: { zienswijzeDeadline: 3 }, deadlines: { agenda: 2, zienswijzeDeadline: 1 }, uiterlijk: { zienswijzeDeadline: 2 }, termijn: { zienswijzeDeadline: 2 }, 'uiterste datum': { zienswijzeDeadline: 3 }, due: { zienswijzeDeadline: 2 }, 'formal view': { zienswijzeDeadline: 3 }, view: { zienswijzeDeadline: 1 }, reageren: { zienswijzeDeadline: 1 }, respond: { zienswijzeDeadline: 1 },
  agenda: { agenda: 3 }, planning: { agenda: 2 }, 'op de agenda': { agenda: 3 }, 'staat er': { agenda: 1 }, 'komende maand': { agenda: 3 }, 'komende week': { agenda: 3 }, 'komende weken': { agenda: 3 }, 'komende tijd': { agenda: 3 }, 'deze week': { agenda: 3 }, 'deze maand': { agenda: 3 }, 'volgende week': { agenda: 3 }, 'volgende maand': { agenda: 3 }, binnenkort: { agenda: 2 }, 'aan te komen': { agenda: 2 }, kalender: { agenda: 2 },
  'coming month': { agenda: 3 }, 'next month': { agenda: 3 }, 'this week': { agenda: 3 }, 'next week': { agenda: 3 }, 'coming weeks': { agenda: 3 }, 'coming up': { agenda: 3 }, schedule: { agenda: 2, subscribeDigest: 1 }, 'on the agenda': { agenda: 3 }, 'on the calendar': { agenda: 3 }, soon: { agenda: 1 },
  // guidance
  signalen: { guidance: 3 }, waarschuwingssignalen: { guidance: 4 }, 'signals': { guidance: 3 }, 'warning signs': { guidance: 4 }, 'warning signals': { guidance: 4 }, 'red flags': { guidance: 4 }, 'rode vlaggen': { guidance: 4 }, 'mis gaat': { guidance: 3 }, misgaat: { guidance: 3 }, misloopt: { guidance: 3 }, 'mis loopt': { guidance: 3 }, 'fout gaat': { guidance: 3 }, 'niet goed gaat': { guidance: 3 }, 'uit de hand': { guidance: 3 }, 'going wrong': { guidance: 3 }, 'goes wrong': { guidance: 3 }, 'in trouble': { guidance: 3 }, 'not going well': { guidance: 3 },
  afstemmen: { guidance: 3 }, afstemming: { guidance: 3 }, 'stem ik af': { guidance: 3 }, 'met wie': { guidance: 2 }, betrekken: { guidance: 3 }, 'intern': { guidance: 2 }, 'interne': { guidance: 2 }, inschakelen: { guidance: 3 }, overleggen: { guidance: 2 }, 'align': { guidance: 3 }, 'who should i involve': { guidance: 4 }, involve: { guidance: 3 }, consult: { guidance: 3 }, internally: { guidance: 2 }, 'with whom': { guidance: 2 }, 'who do i need': { guidance: 2 },
  communiceren: { guidance: 3 }, communicatie: { guidance: 3 }, communiceer: { guidance: 3 }, informeren: { guidance: 2 }, 'de raad informeren': { guidance: 3 }, 'raad informeren': { guidance: 3 }, communicate: { guidance: 3 }, communication: { guidance: 3 }, inform: { guidance: 2 }, 'inform the council': { guidance: 3 }, 'buiten': { guidance: 1 }, extern: { guidance: 2 }, externally: { guidance: 2 }, 'hoe moet ik': { guidance: 2 }, 'wat moet ik doen': { guidance: 2 }, 'how should i': { guidance: 2 }, 'what should i do': { guidance: 2 }, 'hoe pak ik': { guidance: 2 }, stappen: { guidance: 1 }, 'wie moet ik': { guidance: 2 },
  rollen: { guidance: 2, roles: 3 }, 'mijn rol': { guidance: 5 }, 'my role': { guidance: 5 }, 'de rol van': { guidance: 3 }, 'rol van': { guidance: 2 }, 'the role of': { guidance: 3 }, 'wat houdt': { guidance: 1, glossary: 1 }, 'als accounthouder': { guidance: 5, accountFor: 4 }, 'as account holder': { guidance: 5, accountFor: 4 }, 'as an account holder': { guidance: 5, accountFor: 4 }, 'wat doet een': { guidance: 3 }, 'what does a': { guidance: 3 }, 'what does an': { guidance: 3 }, verantwoordelijkheden: { guidance: 3 }, responsibilities: { guidance: 3 },
  // checklists and changes
  checklist: { startChecklist: 3, partyChecklists: 1 }, checklists: { partyChecklists: 3 }, 'lopende checklists': { partyChecklists: 4 }, 'open checklists': { partyChecklists: 4 }, 'running checklists': { partyChecklists: 4 },
  wijziging: { startChecklist: 2 }, verandering: { startChecklist: 2 }, wijzigt: { startChecklist: 1 }, verandert: { startChecklist: 1 }, gewijzigd: { startChecklist: 1 }, gewijzigde: { startChecklist: 1 }, change: { startChecklist: 2 }, changes: { startChecklist: 1 }, changed: { startChecklist: 1 },
  'wijziging melden': { startChecklist: 4 }, 'wijziging doorgeven': { startChecklist: 4 }, 'verandering melden': { startChecklist: 4 }, 'report a change': { startChecklist: 4 }, starten: { startChecklist: 2 }, start: { startChecklist: 2 }, begin: { startChecklist: 1 }, beginnen: { startChecklist: 1 }, opstarten: { startChecklist: 2 }, 'walk me through': { startChecklist: 3 }, 'loop met me door': { startChecklist: 3 }, doorlopen: { startChecklist: 2 }, 'ik wil': { startChecklist: 1, reportSignal: 1, logMeeting: 1 }, 'i want to': { startChecklist: 1, reportSignal: 1, logMeeting: 1 }, 'i would like to': { startChecklist: 1, reportSignal: 1, logMeeting: 1 },
  'mijn open stappen': { myOpenSteps: 5 }, 'mijn stappen': { myOpenSteps: 5 }, 'mijn open taken': { myOpenSteps: 5 }, 'mijn taken': { myOpenSteps: 5 }, 'wat moet ik nog doen': { myOpenSteps: 5 }, 'my open steps': { myOpenSteps: 5 }, 'my steps': { myOpenSteps: 5 }, 'my tasks': { myOpenSteps: 5 }, 'my open tasks': { myOpenSteps: 5 }, 'what do i still have to do': { myOpenSteps: 5 }, 'what do i still need to do': { myOpenSteps: 5 }, 'openstaande stappen': { myOpenSteps: 3 }, 'open stappen': { myOpenSteps: 3 },
  // meetings
  vastleggen: { logMeeting: 3 }, vastlegen: { logMeeting: 3 }, registreren: { logMeeting: 2 }, noteren: { logMeeting: 3 }, notuleren: { logMeeting: 3 }, invoeren: { logMeeting: 2 }, 'uitkomst vastleggen': { logMeeting: 4 }, uitkomst: { logMeeting: 2, latestDecisions: 1 }, uitkomsten: { logMeeting: 1, latestDecisions: 2 }, verslag: { logMeeting: 2, latestDecisions: 1 }, verslaglegging: { logMeeting: 2 }, besluitenlijst: { latestDecisions: 3, logMeeting: 1 }, 'vergadering vastleggen': { logMeeting: 5 },
  record: { logMeeting: 3 }, log: { logMeeting: 3 }, minutes: { logMeeting: 2, latestDecisions: 1 }, outcome: { logMeeting: 2, latestDecisions: 1 }, 'log the outcome': { logMeeting: 4 }, 'record the outcome': { logMeeting: 4 }, 'write down': { logMeeting: 3 }, 'opschrijven': { logMeeting: 3 },
  besloten: { latestDecisions: 4 }, besluiten: { latestDecisions: 3 }, besluit: { latestDecisions: 3 }, beslist: { latestDecisions: 3 }, beslissingen: { latestDecisions: 3 }, 'wat is er uitgekomen': { latestDecisions: 4 }, 'laatste vergadering': { latestDecisions: 2 }, laatste: { latestDecisions: 1 }, vorige: { latestDecisions: 2 }, afgelopen: { latestDecisions: 2 }, afgesproken: { latestDecisions: 3 },
  decided: { latestDecisions: 4 }, decisions: { latestDecisions: 3 }, decision: { latestDecisions: 3 }, 'last meeting': { latestDecisions: 2 }, last: { latestDecisions: 1 }, previous: { latestDecisions: 2 }, agreed: { latestDecisions: 3 },
  actiepunten: { openActions: 3, myActions: 1 }, actiepunt: { openActions: 3 }, acties: { openActions: 3, myActions: 1 }, 'action items': { openActions: 3 }, 'action item': { openActions: 3 }, actions: { openActions: 3 }, 'follow up items': { openActions: 3 }, 'to dos': { openActions: 2 }, todos: { openActions: 2 }, openstaand: { openActions: 1 }, openstaande: { openActions: 1 }, outstanding: { openActions: 1 }, 'nog open': { openActions: 1 },
  'mijn acties': { myActions: 6 }, 'mijn actiepunten': { myActions: 6 }, 'my actions': { myActions: 6 }, 'my action items': { myActions: 6 }, 'acties voor mij': { myActions: 6 }, 'actiepunten voor mij': { myActions: 6 }, 'actions for me': { myActions: 6 }, 'op mijn naam': { myActions: 5 }, 'assigned to me': { myActions: 5 },
  // signals
  signaal: { reportSignal: 3 }, 'signaal melden': { reportSignal: 5 }, 'signaal doorgeven': { reportSignal: 5 }, melden: { reportSignal: 2, startChecklist: 1 }, melding: { reportSignal: 2 }, 'zorgen over': { reportSignal: 3 }, zorgen: { reportSignal: 2 }, zorg: { reportSignal: 2 }, bezorgd: { reportSignal: 3 }, waarschuwing: { reportSignal: 2 }, 'alarm slaan': { reportSignal: 3 }, 'aan de bel trekken': { reportSignal: 3 }, 'klopt niet': { reportSignal: 2 }, probleem: { reportSignal: 2 }, problemen: { reportSignal: 2 },
  signal: { reportSignal: 3 }, 'report a signal': { reportSignal: 5 }, 'raise a concern': { reportSignal: 5 }, 'raise a flag': { reportSignal: 5 }, concern: { reportSignal: 3 }, concerns: { reportSignal: 2 }, worried: { reportSignal: 3 }, 'red flag': { reportSignal: 3 }, flag: { reportSignal: 2 }, report: { reportSignal: 2, startChecklist: 1 }, warning: { reportSignal: 2 }, problem: { reportSignal: 2 }, issue: { reportSignal: 1 },
  // digest
  herinner: { subscribeDigest: 3 }, herinnering: { subscribeDigest: 2 }, herinneringen: { subscribeDigest: 2 }, 'remind me': { subscribeDigest: 4 }, remind: { subscribeDigest: 3 }, reminder: { subscribeDigest: 2 }, reminders: { subscribeDigest: 2 }, digest: { subscribeDigest: 3 }, samenvatting: { subscribeDigest: 1 }, overzichtje: { subscribeDigest: 1 },
  elke: { subscribeDigest: 2 }, iedere: { subscribeDigest: 2 }, every: { subscribeDigest: 2 }, each: { subscribeDigest: 1 }, dagelijks: { subscribeDigest: 3 }, wekelijks: { subscribeDigest: 3 }, daily: { subscribeDigest: 3 }, weekly: { subscribeDigest: 3 }, abonneer: { subscribeDigest: 3 }, abonneren: { subscribeDigest: 3 }, aanmelden: { subscribeDigest: 2 }, subscribe: { subscribeDigest: 3 }, 'stuur me': { subscribeDigest: 1 }, 'stuur mij': { subscribeDigest: 1 }, 'send me': { subscribeDigest: 1 }, uur: { subscribeDigest: 1 }, oclock: { subscribeDigest: 1 },
  'geen overzicht meer': { stopDigest: 6 }, 'stop het overzicht': { stopDigest: 6 }, 'overzicht stoppen': { stopDigest: 6 }, 'digest stoppen': { stopDigest: 6 }, 'stop de digest': { stopDigest: 6 }, 'stop my digest': { stopDigest: 6 }, 'stop the digest': { stopDigest: 6 }, unsubscribe: { stopDigest: 6 }, afmelden: { stopDigest: 5 }, uitschrijven: { stopDigest: 5 }, 'niet meer': { stopDigest: 2 }, 'no more': { stopDigest: 2 }, 'geen herinneringen meer': { stopDigest: 6 }, 'stop reminding': { stopDigest: 6 }, 'stop met': { stopDigest: 2 }, stoppen: { stopDigest: 2 }, uitzetten: { stopDigest: 3 }, 'turn off': { stopDigest: 3 },
  // channel link
  koppel: { linkChannel: 4 }, linked: { linkChannel: 3 }, gekoppeld: { linkChannel: 3 }, connected: { linkChannel: 2 }, koppelen: { linkChannel: 4 }, koppeling: { linkChannel: 2 }, kanaal: { linkChannel: 2 }, channel: { linkChannel: 2 }, link: { linkChannel: 2, calendarLink: 1 }, connect: { linkChannel: 2 }, verbind: { linkChannel: 3 }, verbinden: { linkChannel: 3 },
  cancel: { stopDigest: 3 }, 'mag uit': { stopDigest: 3 }, 'kan uit': { stopDigest: 3 }, 'mag weg': { stopDigest: 2 }, 'hou op': { stopDigest: 4 }, 'stop sending': { stopDigest: 6 }, opzeggen: { stopDigest: 3 },
  kalenderlink: { calendarLink: 6 }, kalenderabonnement: { calendarLink: 6 }, 'agenda feed': { calendarLink: 6 }, feed: { calendarLink: 3 }, agendafeed: { calendarLink: 6 }, blokkeren: { calendarRevoke: 4 }, disable: { calendarRevoke: 4 }, deactivate: { calendarRevoke: 4 }, 'per ongeluk': { calendarRevoke: 2 }, 'by mistake': { calendarRevoke: 2 },
  'om tafel': { nextMeeting: 3 }, 'bij elkaar': { nextMeeting: 3 }, account: { accountHolder: 2, accountFor: 2 }, accounts: { accountFor: 3 }, handles: { accountHolder: 1 },
  rank: { largestInterest: 3 }, sorteer: { largestInterest: 3 }, volgorde: { largestInterest: 3 }, 'ordered by': { largestInterest: 3 }, sort: { largestInterest: 3 },
  'wie mag': { roles: 3 }, 'who can': { roles: 3 }, beheerrechten: { roles: 5 }, audittrail: { audit: 6 }, wijzigingslog: { audit: 6 }, wijzigingenlog: { audit: 6 },
  member: { represent: 2 }, members: { represent: 2 }, lid: { represent: 1 }, leden: { represent: 1 }, 'beslist mee': { represent: 3 },
  relatie: { accountHolder: 2 }, relationship: { accountHolder: 2 }, onderhoudt: { accountHolder: 2 }, colleague: { accountHolder: 1 }, accounthouderschappen: { accountFor: 4 },
  collegelid: { portfolioHolder: 3 }, 'college member': { portfolioHolder: 3 }, 'in het college': { portfolioHolder: 2 }, 'gaat over': { portfolioHolder: 2 }, wethouders: { portfolioHolder: 1 },
  waard: { financialInterest: 4 }, worth: { financialInterest: 2 }, aandelenbelang: { financialInterest: 3 }, aandelen: { financialInterest: 2 }, shares: { financialInterest: 2 }, uitstaan: { financialInterest: 2 }, 'hebben we uitstaan': { financialTotals: 3 },
  totaalbedrag: { financialTotals: 4 }, optelling: { financialTotals: 4 }, totalen: { financialTotals: 4 },
  'verstaan onder': { glossary: 4 }, 'wat verstaan': { glossary: 3 }, bedoelen: { glossary: 3 }, bedoeld: { glossary: 3 }, meant: { glossary: 3 }, 'what do you mean by': { glossary: 4 },
  'verkeerde kant op': { guidance: 4 }, ontspoort: { guidance: 4 }, ontsporen: { guidance: 4 }, 'zorgen maken': { guidance: 3 }, 'in de gaten houden': { guidance: 3 }, signs: { guidance: 3 }, waarschuwingssignaal: { reportSignal: 3 },
  afdelingen: { guidance: 2 }, afdeling: { guidance: 1 }, departments: { guidance: 2 }, meenemen: { guidance: 2 }, inlichten: { guidance: 3 }, informing: { guidance: 3 }, raadsinformatiebrief: { guidance: 3 }, rib: { guidance: 2 }, 'wie doet wat': { guidance: 4 }, 'who does what': { guidance: 4 },
  'als signaal': { reportSignal: 5 }, 'signaal vastleggen': { reportSignal: 6 }, 'signaal registreren': { reportSignal: 6 }, doorgeven: { reportSignal: 1, startChecklist: 1 },
  'dit kwartaal': { agenda: 3 }, 'this quarter': { agenda: 3 }, 'governance calendar': { agenda: 3 }, governancekalender: { agenda: 3 },
  'outlook agenda': { calendarLink: 6 }, 'loopt er': { partyChecklists: 2 }, komende: { agenda: 2 }, coming: { agenda: 1 },
  informeer: { guidance: 3 }, 'hoe breng ik': { guidance: 3 }, 'naar de raad': { guidance: 2 }, 'to the council': { guidance: 2 }, 'how do i': { guidance: 2 }, 'merk ik': { guidance: 2 }, 'merk je': { guidance: 2 }, 'niet goed loopt': { guidance: 3 }, 'wie wat doet': { guidance: 4 },
  manage: { accountFor: 1, accountHolder: 1 }, handle: { accountFor: 1, accountHolder: 1 }, beheren: { accountFor: 1, accountHolder: 1 },
  // The council's zienswijze in the words of someone who does not know the Dutch term.
  'comment period': { zienswijzeDeadline: 4 }, 'consultation period': { zienswijzeDeadline: 4 }, 'reactietermijn': { zienswijzeDeadline: 4 }, consultation: { zienswijzeDeadline: 2 }, 'council response': { zienswijzeDeadline: 3 }, 'council s response': { zienswijzeDeadline: 3 },
  'hoeveel tijd': { zienswijzeDeadline: 2 }, 'tot wanneer': { zienswijzeDeadline: 3 }, 'how much time': { zienswijzeDeadline: 2 }, 'until when': { zienswijzeDeadline: 3 },
  planned: { agenda: 2 }, gepland: { agenda: 2 }, ingepland: { agenda: 2 }, zomer: { agenda: 1 }, 'this month': { agenda: 3 },
  januari: { agenda: 2 }, februari: { agenda: 2 }, maart: { agenda: 2 }, april: { agenda: 2 }, mei: { agenda: 2 }, juni: { agenda: 2 }, juli: { agenda: 2 }, augustus: { agenda: 2 }, september: { agenda: 2 }, oktober: { agenda: 2 }, november: { agenda: 2 }, december: { agenda: 2 },
  january: { agenda: 2 }, february: { agenda: 2 }, march: { agenda: 2 }, june: { agenda: 2 }, july: { agenda: 2 }, august: { agenda: 2 }, october: { agenda: 2 },
  minste: { largestInterest: 3 }, least: { largestInterest: 3 }, does: { publicInterest: 1 }, doet: { publicInterest: 2 },
  'who is on': { represent: 3 }, 'who are on': { represent: 3 }, 'wie zitten er in': { represent: 3 },
  wijzigingslogboek: { audit: 6 }, waarmee: { help: 2 }, 'elke week': { subscribeDigest: 3 }, 'every week': { subscribeDigest: 3 }, 'elke dag': { subscribeDigest: 3 }, 'every day': { subscribeDigest: 3 }, 'elke maand': { subscribeDigest: 3 }, 'every month': { subscribeDigest: 3 },
  'vertel eens over': { partyInfo: 3 }, 'vertel me over': { partyInfo: 3 }, 'vertel iets over': { partyInfo: 3 }, 'vertel meer over': { partyInfo: 3 },
  actielijst: { openActions: 3 }, actielijsten: { openActions: 3 }, 'action list': { openActions: 3 }, meest: { largestInterest: 3 }, 'het meest': { largestInterest: 3 }, 'the most': { largestInterest: 3 },
  bellen: { accountHolder: 2 }, mailen: { accountHolder: 2 }, aanspreekpunt: { accountHolder: 3 }, benaderen: { accountHolder: 2 }, contact: { accountHolder: 2 }, call: { accountHolder: 2 }, email: { accountHolder: 1 },
  bestuursvergadering: { nextMeeting: 1, logMeeting: 1 }, decide: { latestDecisions: 3 }, beslissen: { latestDecisions: 2 }, section: { paragraph: 2 }, 'affiliated parties section': { paragraph: 6 }, hoofdstuk: { paragraph: 2 },
  // administrative
  registerbeheerders: { roles: 5 }, beheerders: { roles: 4 }, secretarissen: { roles: 4 }, 'wie is beheerder': { roles: 5 }, 'wie zijn beheerder': { roles: 5 }, administrators: { roles: 5 }, admins: { roles: 5 }, admin: { roles: 3 }, secretaries: { roles: 4 }, roles: { roles: 3, guidance: 2 }, 'welke rechten': { roles: 4 }, rechten: { roles: 3 }, permissions: { roles: 4 },
  'agenda link': { calendarLink: 6 }, agendalink: { calendarLink: 6 }, 'agenda abonnement': { calendarLink: 6 }, ical: { calendarLink: 5 }, ics: { calendarLink: 5 }, 'calendar link': { calendarLink: 6 }, 'calendar feed': { calendarLink: 6 }, 'calendar subscription': { calendarLink: 6 }, 'in mijn agenda': { calendarLink: 4 }, 'in my calendar': { calendarLink: 4 }, outlook: { calendarLink: 4 },
  intrekken: { calendarRevoke: 4 }, revoke: { calendarRevoke: 4 }, 'trek in': { calendarRevoke: 4 }, ongeldig: { calendarRevoke: 2 },
  paragraaf: { paragraph: 5 }, paragraph: { paragraph: 5 }, 'paragraaf verbonden partijen': { paragraph: 6 }, 'budget paragraph': { paragraph: 6 }, genereer: { paragraph: 1 }, generate: { paragraph: 1 }, maak: { paragraph: 1 },
  audit: { audit: 5 }, auditlog: { audit: 6 }, 'audit log': { audit: 6 }, 'audit trail': { audit: 6 }, 'laatste wijzigingen': { audit: 5 }, 'recente wijzigingen': { audit: 5 }, 'recent changes': { audit: 5 }, 'wie heeft wat gewijzigd': { audit: 6 }, logboek: { audit: 5 },
  // lists and glossary
  overzicht: { overview: 3, subscribeDigest: 1 }, overview: { overview: 3 }, register: { overview: 2 }, 'alle partijen': { overview: 4 }, 'verbonden partijen': { overview: 2 }, partijen: { overview: 1 }, parties: { overview: 1 }, partners: { overview: 1 }, lijst: { overview: 2 }, list: { overview: 2 }, hoeveel: { overview: 2, financialInterest: 1 }, 'how many': { overview: 2 }, aantal: { overview: 2 }, alle: { overview: 1 }, all: { overview: 1 }, toon: { overview: 1 }, show: { overview: 1 }, welke: { overview: 1 },
  // Staff call the verbonden partijen "our partnerships" or ask what we take part in.
  // Seats, openness and purpose as staff also put them ("ons AB-lid", "the boards of alderman X", "what's the point of", "still open").
  duurst: { largestInterest: 4 }, 'belang dient': { publicInterest: 4 },
  'who goes': { represent: 3 }, 'who is going': { represent: 3 }, 'who will attend': { represent: 3 }, 'gaat daar naartoe': { represent: 3 }, 'gaat er naartoe': { represent: 3 }, 'gaat erheen': { represent: 3 }, 'gaat daarheen': { represent: 3 },
  // A party's annual accounts are no accounts a colleague holds.
  'annual accounts': { reportSignal: 1 }, 'financial statements': { reportSignal: 1 }, 'flag that': { reportSignal: 5 }, 'flag this': { reportSignal: 5 }, 'flag it': { reportSignal: 5 },
  'account holder portfolio': { accountFor: 6 }, 'accounthouder portefeuille': { accountFor: 6 }, accounthoudersportefeuille: { accountFor: 6 }, portefeuillehouderschap: { portfolioOf: 4 }, 'in het pakket van': { accountFor: 5 }, 'in zijn pakket': { accountFor: 4, accountHolder: 4 }, 'in haar pakket': { accountFor: 4, accountHolder: 4 }, 'in zn pakket': { accountFor: 4, accountHolder: 4 }, 'in z n pakket': { accountFor: 4, accountHolder: 4 },
  'bestuurlijk vertegenwoordigt': { represent: 6 }, 'bestuurlijk vertegenwoordigd': { represent: 6 }, 'bestuurlijk vertegenwoordigen': { represent: 6 },
  zorgpunt: { reportSignal: 3 }, 'wil doorgeven': { reportSignal: 3 }, gevestigd: { partyInfo: 4 }, vestigingsplaats: { partyInfo: 4 }, 'details of': { partyInfo: 4 }, 'info on': { partyInfo: 4 }, 'de bedoeling van': { publicInterest: 4 }, 'wat voert': { publicInterest: 4 }, aandeelhoudersrol: { represent: 4 },
  'leggen wij in': { financialInterest: 4 }, 'leggen we erin': { financialInterest: 4 }, 'leggen wij erin': { financialInterest: 4 }, bereiken: { publicInterest: 3 }, 'want to achieve': { publicInterest: 4 }, 'trying to achieve': { publicInterest: 4 },
  'op een rij': { overview: 3 }, 'the amount for': { financialInterest: 4 }, 'amount for': { financialInterest: 3 }, 'bedrag voor': { financialInterest: 3 }, overdragen: { accountFor: 3 }, 'hand over': { accountFor: 3 },
  kalenderkoppeling: { calendarLink: 5 }, agendakoppeling: { calendarLink: 5 }, begrotingsparagraaf: { paragraph: 6 }, 'what counts as': { glossary: 3 }, 'wat telt als': { glossary: 3 }, 'deals with': { portfolioHolder: 2 },
  'register what was decided': { logMeeting: 7 }, 'record what was decided': { logMeeting: 7 }, 'register the decisions': { logMeeting: 7 }, 'register the outcome': { logMeeting: 7 },
  'boards of': { personSeats: 3 }, 'besturen van': { personSeats: 2 }, 'the point of': { publicInterest: 3 },
  samenwerkingen: { overview: 2 }, partnerships: { overview: 2 }, collaborations: { overview: 2 }, 'doen we allemaal aan mee': { overview: 4 }, 'nemen we allemaal deel': { overview: 4 },
  risico: { risk: 2 }, risicos: { risk: 2 }, risicoprofiel: { risk: 2 }, risk: { risk: 2 }, risks: { risk: 2 }, 'risk profile': { risk: 2 },
  'wat is': { glossary: 2, partyInfo: 1 }, 'wat is een': { glossary: 3 }, 'wat zijn een': { glossary: 3 }, 'wat zijn': { glossary: 2 }, 'wat betekent': { glossary: 3 }, 'wat betekenen': { glossary: 3 }, betekenis: { glossary: 3 }, betekent: { glossary: 3 }, uitleg: { glossary: 3 }, leg: { glossary: 1 }, 'leg uit': { glossary: 3 }, uitleggen: { glossary: 3 }, definitie: { glossary: 3 }, begrip: { glossary: 3 }, verschil: { glossary: 4 }, 'wat versta je onder': { glossary: 4 }, 'wat wordt bedoeld met': { glossary: 4 }, 'wat houdt in': { glossary: 3 },
  'what is': { glossary: 2, partyInfo: 1 }, 'what are': { glossary: 2 }, 'what is a': { glossary: 3 }, 'what is an': { glossary: 3 }, meaning: { glossary: 3 }, mean: { glossary: 3 }, means: { glossary: 3 }, explain: { glossary: 3 }, define: { glossary: 3 }, definition: { glossary: 3 }, difference: { glossary: 4 }, 'stand for': { glossary: 3 }, 'staat voor': { glossary: 3 },
  info: { partyInfo: 2 }, informatie: { partyInfo: 2 }, gegevens: { partyInfo: 2 }, details: { partyInfo: 2 }, 'alles over': { partyInfo: 3 }, 'vertel over': { partyInfo: 2 }, 'tell me about': { partyInfo: 3 }, about: { partyInfo: 1 }, kaart: { partyInfo: 2 }, card: { partyInfo: 2 }, profiel: { partyInfo: 2 }, profile: { partyInfo: 2 }, overzicht_van: { partyInfo: 1 },
};

/**
 * More cue phrases, from the ways people asked in the third tune file; merged with CUES (the
 * stronger weight wins where both name a phrase).
 */
/**
 * Advice phrases learnt from the tune files: the guidance topic each points to and its cue weight,
 * in one table that MORE_CUES and GUIDANCE_TOPIC_CUES both read.
 */
const ADVICE_PHRASES: Record<string, ['signals' | 'alignment' | 'communication' | 'roles', number]> = {
  'should i worry': ['signals', 4], 'should we worry': ['signals', 4],
  // Asking whether what one saw is worrying is asking for the warning signals (governance notes §6).
  'something to worry about': ['signals', 6], 'iets om me zorgen over te maken': ['signals', 6], 'zorgen over te maken': ['signals', 5], 'should i be worried': ['signals', 6], 'moet ik me zorgen maken': ['signals', 6], 'een echt signaal': ['signals', 6], 'counts as a signal': ['signals', 6], 'geen ruis': ['signals', 5], 'cause for concern': ['signals', 5],
  'steps to inform': ['communication', 5], 'inform the council': ['communication', 4], 'inform council': ['communication', 4], 'juiste volgorde': ['communication', 5], 'in welke volgorde': ['communication', 5], 'in what order': ['communication', 5],
  afgestemd: ['alignment', 4], 'met wie moet dat': ['alignment', 5], 'zijn dat signalen': ['signals', 5], 'are these signs': ['signals', 5],
  aanhaken: ['alignment', 4], 'in the loop': ['alignment', 5], 'internal alignment': ['alignment', 6], 'interne afstemming': ['alignment', 6], petten: ['roles', 5], 'welke petten': ['roles', 6], hats: ['roles', 3],
  'alert worden': ['signals', 4], 'alert zijn': ['signals', 4], 'problemen vroeg': ['signals', 5], 'vroeg te zien': ['signals', 4], 'who needs to be consulted': ['alignment', 6], 'inside the organisation': ['alignment', 3], 'inside the organization': ['alignment', 3], 'how do we communicate': ['communication', 5], 'inside and outside': ['communication', 5], 'binnen en buiten': ['communication', 5],
  'juridische zaken': ['alignment', 3], 'erbij halen': ['alignment', 4], 'in de problemen': ['signals', 4], 'problemen komt': ['signals', 4],
  briefen: ['alignment', 4], 'vooraf briefen': ['alignment', 5], 'via welke route': ['communication', 5], 'welke route': ['communication', 4],
  'de route': ['communication', 4], 'the route': ['communication', 4], 'what route': ['communication', 4], 'loopt de route': ['communication', 5], 'route via': ['communication', 5],
  alarmbellen: ['signals', 5], 'een teken': ['signals', 4], 'teken dat': ['signals', 4], 'iets mis': ['signals', 2], alarmsignaal: ['signals', 5], alarmsignalen: ['signals', 5], 'reden tot zorg': ['signals', 5], 'a sign that': ['signals', 4], 'something wrong': ['signals', 4], 'information letter': ['communication', 4],
  'slecht teken': ['signals', 4], herkennen: ['signals', 2], 'uit de koers': ['signals', 4], 'waaraan zie je': ['signals', 5], 'waaraan zie ik': ['signals', 5], 'is dat een signaal': ['signals', 5], 'welke signalen': ['signals', 5], 'is this a warning sign': ['signals', 5], 'slecht gaat': ['signals', 4], 'slecht loopt': ['signals', 4], signaleren: ['signals', 3], 'op letten': ['signals', 3], 'letten op': ['signals', 3], 'watch out for': ['signals', 3], 'look out for': ['signals', 3],
  meekijken: ['alignment', 3], 'aan tafel': ['alignment', 2], 'loop in': ['alignment', 4], 'bring along': ['alignment', 3], consulted: ['alignment', 3], 'stem ik intern af': ['alignment', 5], 'intern af': ['alignment', 3], schakelen: ['alignment', 3],
  'plannen aanpast': ['communication', 4], 'plan aanpast': ['communication', 4], 'plannen verandert': ['communication', 4], 'changes course': ['communication', 4], 'richting de raad': ['communication', 3], 'richting raad': ['communication', 3], 'richting college': ['communication', 3], 'op de hoogte': ['communication', 3], 'moet de raad': ['communication', 3], 'does the council': ['communication', 3], 'need to know': ['communication', 2], 'juiste route': ['communication', 3], 'raad mee': ['communication', 3], 'gewijzigd plan': ['communication', 4], 'stappen bij': ['communication', 2], 'plan wijzigt': ['communication', 4], 'plannen wijzigt': ['communication', 4], 'plannen wijzigen': ['communication', 4], 'nieuw plan': ['communication', 3], 'changes its plans': ['communication', 4], 'changes its plan': ['communication', 4], 'changed plan': ['communication', 4], 'changed plans': ['communication', 4], zienswijzeroute: ['communication', 5], 'zienswijze route': ['communication', 4],
  rolverdeling: ['roles', 5], responsibility: ['roles', 3], verantwoordelijkheid: ['roles', 3], 'job of': ['roles', 3],
  bijpraten: ['alignment', 4], 'vooraf bijpraten': ['alignment', 6], 'brief beforehand': ['alignment', 5],   'rode vlag': ['signals', 5], 'rood signaal': ['signals', 5], 'red flag': ['signals', 5],
  'rib of raadsvoorstel': ['communication', 6], 'rib of een raadsvoorstel': ['communication', 6], 'raadsvoorstel of rib': ['communication', 6], 'raadsvoorstel of een rib': ['communication', 6], 'wanneer een rib': ['communication', 6],
  'geinformeerd wordt': ['communication', 4], 'geinformeerd worden': ['communication', 4], 'informeert de raad': ['communication', 5], 'informing the council': ['communication', 5], 'naar buiten': ['communication', 4], 'informing the public': ['communication', 5],
  'financieel wegzakt': ['signals', 6], 'financieel gezond': ['signals', 5], 'off the rails': ['signals', 5], 'duiden op': ['signals', 4], indicatoren: ['signals', 3], indicators: ['signals', 3],
  'how to tell': ['communication', 5], 'how do we tell': ['communication', 5], 'how do i tell': ['communication', 5], 'how should we tell': ['communication', 5], 'hoe vertel ik': ['communication', 5], 'hoe vertellen we': ['communication', 5], 'hoe brengen we': ['communication', 5], 'hoe breng ik het': ['communication', 5],
  'griffie betrokken': ['alignment', 5], 'griffie erbij': ['alignment', 5], 'griffie inlichten': ['alignment', 4],
};

export const MORE_CUES: Record<string, Cues> = {
  'per bbv category': { financialTotals: 5 }, 'per bbv categorie': { financialTotals: 5 }, 'total amount': { financialTotals: 4 }, nevenfuncties: { personSeats: 4 }, 'onder haar hoede': { accountFor: 4 }, 'onder zijn hoede': { accountFor: 4 }, besturen: { personSeats: 3 },
  'publieke belang': { publicInterest: 5 }, 'publiek belang': { publicInterest: 5 }, 'public value': { publicInterest: 4 }, 'gaat er naar': { financialInterest: 2 },
  'why do we have': { publicInterest: 5 }, 'why do we': { publicInterest: 4 }, 'value of our': { financialInterest: 4 }, value: { financialInterest: 2 }, 'in euros': { financialInterest: 4 }, 'onder wie valt': { portfolioHolder: 5 }, 'under whom': { portfolioHolder: 4 },
  'our person': { represent: 4 }, 'onze persoon': { represent: 4 }, 'our guy': { represent: 4 }, 'who goes there': { represent: 4 },
  'wat moest ik': { myActions: 4 }, rollenmodel: { guidance: 5 }, 'kalender url': { calendarLink: 6 }, 'calendar url': { calendarLink: 6 }, 'kan ik je gebruiken': { help: 5 }, 'hoe zorg ik dat': { guidance: 3 }, wijzigingstrajecten: { partyChecklists: 5 }, wijzigingstraject: { startChecklist: 4 }, geimporteerd: { audit: 5 }, importeerde: { audit: 5 },
  totaallijst: { overview: 5 }, lijstje: { overview: 3 }, 'op een rijtje': { overview: 4 },
  'hoe dit werkt': { help: 5 }, 'hoe werkt dit': { help: 5 }, 'wat heb je over': { partyInfo: 4 }, 'what do you know about': { partyInfo: 4 }, 'what do you have on': { partyInfo: 4 }, 'purpose of': { publicInterest: 4 }, 'how much do we hold': { financialInterest: 4 }, inbreng: { financialInterest: 4 },
  sorteren: { largestInterest: 4 }, 'zit daar in': { financialInterest: 4 }, 'zit daarin': { financialInterest: 4 }, subsidie: { financialInterest: 2 },
  'welke collega': { accountHolder: 5 }, 'met welke collega': { accountHolder: 8 }, 'alles vertellen over': { partyInfo: 4 }, 'background on': { partyInfo: 4 }, 'iets melden': { reportSignal: 5 }, risicosignaal: { reportSignal: 5 }, 'vallen tegen': { reportSignal: 3 }, 'valt tegen': { reportSignal: 3 },
  communicatiechecklist: { startChecklist: 5 }, 'hoe start ik': { startChecklist: 4 }, 'wanneer is iets een': { glossary: 5 }, ophouden: { stopDigest: 3 }, 'wie is er voor ons': { represent: 4 }, 'financiele risico': { financialInterest: 4 },
  'hoe ver is': { partyChecklists: 5 }, posities: { personSeats: 4 }, positions: { personSeats: 3 }, 'bestuurlijk betrokken': { represent: 4 }, zienswijzedeadline: { zienswijzeDeadline: 6 }, 'zienswijze deadline': { zienswijzeDeadline: 6 }, 'vertel me iets over': { partyInfo: 4 }, zomerreces: { agenda: 3 }, linken: { linkChannel: 3 },
  checkliststappen: { myOpenSteps: 5 }, 'wat moet ik zelf nog doen': { myOpenSteps: 5 },
  'wie gaat daarheen': { represent: 4 }, 'wie gaat erheen': { represent: 4 }, 'wie gaat er': { represent: 2 }, som: { financialTotals: 4 },
  'waar kan ik je': { help: 4 }, 'voor gebruiken': { help: 3 }, todo: { myActions: 3 }, 'mijn todo': { myActions: 6 }, 'my todo': { myActions: 6 },
  'hebben we iemand': { represent: 4 }, 'hebben wij iemand': { represent: 4 }, 'do we have someone': { represent: 4 }, 'do we have anyone': { represent: 4 }, vergaderdatum: { nextMeeting: 4 }, vergaderdata: { nextMeeting: 4 }, 'meeting date': { nextMeeting: 4 },
  'bij wie ligt': { portfolioHolder: 3 }, 'bestuurlijk opdrachtgever': { portfolioHolder: 5 }, 'wie moet ik hebben': { accountHolder: 5 }, 'who do i need': { accountHolder: 4 },
  gestoken: { financialInterest: 3 }, 'put into': { financialInterest: 3 }, 'stoppen we': { financialInterest: 5 }, 'wat stoppen we': { financialInterest: 6 }, kapitaal: { financialInterest: 3 }, 'risico lopen': { financialInterest: 4 }, 'lopen we risico': { financialInterest: 4 }, 'financieel risico': { financialInterest: 4 },
  'herinner me': { subscribeDigest: 5 }, 'log a signal': { reportSignal: 6 }, 'log een signaal': { reportSignal: 6 }, 'signaal loggen': { reportSignal: 6 }, 'gemeld worden': { reportSignal: 4 }, 'moet gemeld': { reportSignal: 4 },
  'wat kwam er uit': { latestDecisions: 5 }, 'kwam er uit': { latestDecisions: 4 }, 'came out of': { latestDecisions: 4 }, 'wat je doet': { help: 4 }, samenwerkingsverbanden: { overview: 3 }, alarmbellen: { guidance: 5 },
  'nemen we deel': { overview: 4 }, 'aan deel': { overview: 3 }, optelsom: { financialTotals: 4 }, 'dit kanaal': { linkChannel: 4 }, 'this channel': { linkChannel: 4 }, 'rechten te krijgen': { roles: 7 },
  'hoe ver zijn we': { partyChecklists: 5 }, 'how far are we': { partyChecklists: 5 }, voortgang: { partyChecklists: 4 }, progress: { partyChecklists: 4 }, wijzigingschecklists: { partyChecklists: 5 },
  adminrechten: { roles: 6 }, beheerrecht: { roles: 6 }, 'rechten krijgen': { roles: 5 }, secretary: { roles: 5 }, secretaris: { roles: 5 },
  'wil dit melden': { reportSignal: 5 }, 'wil het melden': { reportSignal: 5 }, 'boven budget': { reportSignal: 3 }, 'over budget': { reportSignal: 3 }, budgetoverschrijding: { reportSignal: 4 },
  'leggen we in': { financialInterest: 5 }, 'legt in': { financialInterest: 3 }, inleggen: { financialInterest: 4 }, cofinanciering: { financialInterest: 5 }, 'brengen we in': { financialInterest: 5 }, 'money tied up': { largestInterest: 5 }, 'by amount': { largestInterest: 6 }, 'rank our': { largestInterest: 4 },
  'totals per': { financialTotals: 5 }, 'per bbv': { financialTotals: 4 },
  'bestuurlijke functies': { personSeats: 5 }, 'bestuurlijke functie': { personSeats: 5 }, bestuursfuncties: { personSeats: 5 }, nevenfunctie: { personSeats: 2 },
  'hoe staat het met de checklist': { partyChecklists: 7 }, 'loopt er nog een checklist': { partyChecklists: 7 }, 'loopt er een checklist': { partyChecklists: 7 }, 'where are we with the checklist': { partyChecklists: 7 }, 'status van de checklist': { partyChecklists: 7 }, 'status of the checklist': { partyChecklists: 7 },
  breakdown: { financialTotals: 2 }, 'admin rights': { roles: 7 }, 'beheerrechten': { roles: 6 }, 'history of edits': { audit: 7 }, 'edit history': { audit: 7 }, 'aan de gegevens gezeten': { audit: 7 }, 'wie heeft er aan': { audit: 3 },
  'anything due': { agenda: 6 }, 'due before': { agenda: 4 }, 'log a red flag': { reportSignal: 8 }, 'report a red flag': { reportSignal: 8 }, 'from the meetings': { myActions: 4 }, 'uit de vergaderingen': { myActions: 4 },
  'agenda link resetten': { calendarRevoke: 7 }, 'link resetten': { calendarRevoke: 5 }, 'reset the link': { calendarRevoke: 6 }, 'per ongeluk gedeeld': { calendarRevoke: 5 }, 'accidentally shared': { calendarRevoke: 5 },
  'what can u do': { help: 6 }, 'wat kun je': { help: 4 }, 'doen we aan mee': { overview: 5 }, 'waar doen we aan mee': { overview: 6 }, 'open a checklist': { startChecklist: 6 }, 'nieuwe plv': { startChecklist: 3 },
  'iemand van ons': { represent: 5 }, 'somebody of ours': { represent: 5 }, 'anyone of ours': { represent: 5 }, stuurgroep: { nextMeeting: 1, represent: 1 }, 'steering group': { nextMeeting: 1, represent: 1 },
    pfh: { portfolioHolder: 4 }, 'p f h': { portfolioHolder: 4 }, pfhs: { portfolioHolder: 4 }, 'in zijn portefeuille': { portfolioHolder: 4 }, 'in haar portefeuille': { portfolioHolder: 4 }, 'in his portfolio': { portfolioHolder: 4 }, 'in her portfolio': { portfolioHolder: 4 }, alderperson: { portfolioHolder: 3 }, alderwoman: { portfolioHolder: 3 },
  wijzigingshistorie: { audit: 6 }, 'change history': { audit: 6 }, mutatiehistorie: { audit: 6 }, mutaties: { audit: 4 },
  ambtelijk: { accountHolder: 3 }, 'wie doet': { accountHolder: 3 }, 'civil service side': { accountHolder: 4 }, 'which official': { accountHolder: 4 }, 'welke ambtenaar': { accountHolder: 4 },
  vennotenvergadering: { nextMeeting: 1 }, ledenvergadering: { nextMeeting: 1 }, aandeelhoudersvergadering: { nextMeeting: 1 },
  invested: { financialInterest: 3 }, geinvesteerd: { financialInterest: 3 }, overmaken: { financialInterest: 3 }, 'risicodragend kapitaal': { financialInterest: 5 }, 'at risk': { financialInterest: 3 }, 'money we have': { financialInterest: 3 },
  ...Object.fromEntries(Object.entries(ADVICE_PHRASES).map(([p, [, w]]) => [p, { guidance: w }])),
  'how do i use you': { help: 6 }, 'hoe gebruik ik je': { help: 6 }, 'hoe gebruik ik jou': { help: 6 }, 'hoe werk jij': { help: 5 }, 'how do you work': { help: 5 },
  'wat kan ik': { help: 4 }, 'wat kan ik vragen': { help: 5 }, 'wat kan ik je vragen': { help: 5 }, 'wat doe jij': { help: 4 }, 'wat doe je': { help: 3 }, 'nieuw hier': { help: 3 }, 'wat voor vragen': { help: 4 },
  'what kind of questions': { help: 5 }, 'what questions': { help: 4 }, 'what can i ask you': { help: 5 }, 'what do you do': { help: 4 }, 'new here': { help: 3 }, 'how can you help': { help: 5 }, 'what are you': { help: 3 },
  vps: { overview: 3 }, vp: { overview: 2 }, 'verbonden partijen hebben we': { overview: 3 }, organisaties: { overview: 1 }, 'op een rij': { overview: 3 }, 'in totaal': { overview: 1, financialTotals: 1 },
  top: { largestInterest: 3 }, rangschik: { largestInterest: 4 }, rangschikking: { largestInterest: 4 }, ranglijst: { largestInterest: 4 }, bovenaan: { largestInterest: 3 }, ranking: { largestInterest: 4 }, 'highest to lowest': { largestInterest: 4 }, 'van hoog naar laag': { largestInterest: 4 },
  'per categorie': { financialTotals: 3 }, 'by category': { financialTotals: 3 }, 'per category': { financialTotals: 3 }, uitgesplitst: { financialTotals: 3 }, 'broken down': { financialTotals: 3 }, 'bij elkaar': { financialTotals: 2, nextMeeting: 3 }, 'in total': { financialTotals: 2, overview: 1 }, 'all together': { financialTotals: 2 }, opgeteld: { financialTotals: 4 },
  'why are we': { publicInterest: 4 }, 'waarom zijn we': { publicInterest: 4 }, 'waarom doen we mee': { publicInterest: 5 }, 'why do we take part': { publicInterest: 5 }, 'what public interest': { publicInterest: 5 }, 'welk openbaar belang': { publicInterest: 5 }, 'task of': { publicInterest: 4 }, 'taak van': { publicInterest: 3 },
  ph: { portfolioHolder: 4 }, 'p h': { portfolioHolder: 4 },
  'zit erin': { financialInterest: 4 }, 'hoeveel zit er': { financialInterest: 4 }, 'zit er in': { financialInterest: 3 }, garantstelling: { financialInterest: 4 }, garantie: { financialInterest: 3 }, aandelenkapitaal: { financialInterest: 4 }, 'share capital': { financialInterest: 4 }, guarantee: { financialInterest: 3 }, 'dragen we jaarlijks bij': { financialInterest: 5 }, inleg: { financialInterest: 4 },
  sum: { financialTotals: 4 }, 'sum of': { financialTotals: 4 }, stakes: { financialInterest: 2, financialTotals: 1 },
  'meld dat': { reportSignal: 5 }, 'hoe meld ik': { reportSignal: 5 }, 'risico melden': { reportSignal: 5 }, 'wil ik doorgeven': { reportSignal: 4 }, 'wil ik melden': { reportSignal: 5 }, 'i have concerns': { reportSignal: 5 }, 'report that': { reportSignal: 4 }, 'report it': { reportSignal: 4 }, 'as a concern': { reportSignal: 6 }, 'als waarschuwing': { reportSignal: 6 }, 'waarschuwing doorgeven': { reportSignal: 6 }, registreren: { reportSignal: 2 },
  loggen: { logMeeting: 4 }, opslaan: { logMeeting: 3 }, 'please note that': { logMeeting: 4 }, 'note that': { logMeeting: 4 }, 'ik kom net uit': { logMeeting: 4 }, geweest: { logMeeting: 2 }, resultaat: { logMeeting: 1 }, results: { logMeeting: 1 }, 'record the results': { logMeeting: 5 },
  kalenderfeed: { calendarLink: 6 }, 'calendar feed link': { calendarLink: 6 }, 'action points': { openActions: 3 }, 'my action points': { myActions: 6 }, 'mijn actiepunten': { myActions: 6 },
  'houd me op de hoogte': { subscribeDigest: 5 }, 'hou me op de hoogte': { subscribeDigest: 5 }, 'keep me posted': { subscribeDigest: 5 }, 'keep me updated': { subscribeDigest: 5 },
  accounthouderschap: { accountHolder: 3 }, 'who in the college': { portfolioHolder: 4 }, 'wie in het college': { portfolioHolder: 4 }, kwartaal: { agenda: 2 }, quarter: { agenda: 2 }, 'komt er aan': { agenda: 4 }, 'komt eraan': { agenda: 4 },
  wijzigingscommunicatie: { startChecklist: 3 }, 'kick off': { startChecklist: 4 }, 'checklist open': { partyChecklists: 4 }, 'staat er een checklist': { partyChecklists: 5 }, 'staat er nog een checklist': { partyChecklists: 5 },
  noteren: { logMeeting: 4 }, 'note down': { logMeeting: 4 }, 'outcome of the last': { latestDecisions: 4 }, 'uitkomst van de laatste': { latestDecisions: 4 }, 'to dos': { myActions: 4 }, todos: { myActions: 4 }, 'to do': { myActions: 3 },
  'ons belang': { financialInterest: 3 }, 'our interest': { financialInterest: 3 }, 'our stake': { financialInterest: 4 }, zienswijzetermijn: { zienswijzeDeadline: 5 }, 'zienswijze termijn': { zienswijzeDeadline: 5 },
  'stop ermee': { stopDigest: 4 }, 'laat maar': { stopDigest: 1 }, smallest: { largestInterest: 3 }, 'info over': { partyInfo: 3 }, 'info about': { partyInfo: 3 }, heen: { represent: 2 }, 'wie gaan': { represent: 2 },
  'houd me': { subscribeDigest: 3 }, 'hou me': { subscribeDigest: 3 }, 'keep me': { subscribeDigest: 3 }, exposure: { financialInterest: 3 }, 'hoeveel organisaties': { overview: 4 }, aankomt: { agenda: 3 }, 'wat moet er in': { glossary: 3 }, 'volgens de regels': { glossary: 2 }, 'acount holder': { accountHolder: 4 }, 'acount manager': { accountHolder: 4 }, 'hoeveel hebben we': { financialTotals: 2 },
  'waar we in zitten': { overview: 4 }, 'which wethouder': { portfolioHolder: 4 }, 'welke wethouder': { portfolioHolder: 4 }, owns: { portfolioHolder: 2 }, own: { portfolioOf: 2 }, 'geld aan kwijt': { financialInterest: 3, largestInterest: 2 }, kwijt: { financialInterest: 1, logMeeting: 1 }, afvinken: { myOpenSteps: 4 },
  opschrijven: { logMeeting: 4 }, besluitenlijst: { logMeeting: 3, latestDecisions: 2 }, toevoegen: { logMeeting: 2 }, 'note the results': { logMeeting: 5 }, 'besluiten registreren': { logMeeting: 5 },
  'niet langer': { stopDigest: 4 }, 'no longer': { stopDigest: 4 }, kerngegevens: { partyInfo: 4 }, 'what do we have on': { partyInfo: 4 }, 'change log': { audit: 6 }, changelog: { audit: 6 }, betale: { financialInterest: 2 }, minst: { largestInterest: 3 }, 'het minst': { largestInterest: 3 },
  'fin belang': { financialInterest: 4 }, 'blijven achter': { reportSignal: 2 }, 'blijft achter': { reportSignal: 2 }, 'loopt achter': { reportSignal: 2 }, 'eentje melden': { reportSignal: 4 },
  grootst: { largestInterest: 3 }, kleinst: { largestInterest: 3 }, 'how much do we have': { financialInterest: 4 }, 'where else': { personSeats: 4 }, 'waar nog meer': { personSeats: 4 }, 'hoe zie je': { guidance: 3 },
  'welke partijen': { overview: 2 }, 'which parties': { overview: 2 }, 'welke verbonden partijen': { overview: 3 },
  'voorstellen bij': { glossary: 4 }, 'whats a': { glossary: 3 }, 'whats an': { glossary: 3 }, 'op het spel': { financialInterest: 4 }, 'at stake': { financialInterest: 3 }, waarde: { financialInterest: 3 }, 'under alderman': { portfolioOf: 4 }, 'onder wethouder': { portfolioOf: 4 },
  'de komende tijd': { agenda: 3 }, klaarzetten: { startChecklist: 3 }, notulist: { logMeeting: 3 }, 'besluiten kwijt': { logMeeting: 5 }, 'wat kan ik met': { help: 5 }, 'deze bot': { help: 3 }, 'this bot': { help: 3 }, 'bij wie': { accountHolder: 2 },
  'ik wil melden': { reportSignal: 4 }, 'wil melden dat': { reportSignal: 5 }, 'totaal van alles': { financialTotals: 4 }, deelnames: { overview: 1 },
  'are we in': { overview: 3 }, 'zitten we in': { overview: 3 }, 'in welke partijen zitten we': { overview: 5 }, 'which parties are we': { overview: 4 },
  'onze man': { represent: 4 }, 'onze vrouw': { represent: 4 }, 'our man': { represent: 4 }, 'our woman': { represent: 4 }, 'onze vertegenwoordiger': { represent: 4 }, 'our representative': { represent: 4 },
  'bij wie moet ik zijn': { accountHolder: 5 }, 'bij wie kan ik terecht': { accountHolder: 5 }, 'vragen over': { accountHolder: 2 }, 'who can i ask': { accountHolder: 4 }, 'who do i ask': { accountHolder: 4 }, 'questions about': { accountHolder: 2 },
  duurste: { largestInterest: 4 }, 'most expensive': { largestInterest: 4 }, stake: { financialInterest: 3 }, portfolio: { portfolioHolder: 3 }, 'member of the executive': { portfolioHolder: 3 }, 'college member': { portfolioHolder: 3 },
  'gaat naar': { represent: 3 }, 'goes to': { represent: 3 }, 'wie zit er voor ons': { represent: 4 }, 'voor ons in': { represent: 2 }, commissaris: { represent: 3 }, 'supervisory director': { represent: 3 },
  'komen er aan': { agenda: 4 }, 'komen eraan': { agenda: 4 }, 'coming up': { agenda: 4 }, upcoming: { agenda: 3 }, 'staat er gepland': { agenda: 3 },
  'who changed': { audit: 5 }, 'changed what': { audit: 5 }, 'wie heeft wat veranderd': { audit: 6 }, 'wie heeft gewijzigd': { audit: 5 },
  anymore: { stopDigest: 3 }, 'any more': { stopDigest: 3 }, 'dont want': { stopDigest: 3 }, 'wil geen': { stopDigest: 3 },
  status: { partyChecklists: 3 }, 'loopt er al': { partyChecklists: 4 }, 'al een checklist': { partyChecklists: 3 }, 'lopende checklist': { partyChecklists: 4 }, 'lopende checklists': { partyChecklists: 4 },
  optellen: { financialTotals: 4 }, 'which seats': { personSeats: 4 }, 'welke zetels': { personSeats: 4 }, 'welke functies': { personSeats: 3 },
  vergaderuitkomst: { logMeeting: 5 }, vergaderuitkomsten: { logMeeting: 5 }, 'uitkomst vastleggen': { logMeeting: 6 }, noteer: { logMeeting: 4 }, 'record the result': { logMeeting: 5 }, 'record the outcome': { logMeeting: 5 },
  wijzigingschecklist: { startChecklist: 5 }, wijzigingenchecklist: { startChecklist: 5 }, 'change checklist': { startChecklist: 4 },
  maandelijks: { subscribeDigest: 3 }, monthly: { subscribeDigest: 3 }, wekelijkse: { subscribeDigest: 3 }, maandelijkse: { subscribeDigest: 3 },
  'warning sign': { reportSignal: 5 }, 'warning signal': { reportSignal: 5 }, 'report a warning': { reportSignal: 5 }, 'hoe loopt dat': { guidance: 2 },
  rol: { guidance: 2 }, role: { guidance: 2 }, afschakelen: { guidance: 2 },
  // The rarer requests as staff put them (session 9's tune files): own actions, totals, the budget section, the bot's keepers.
  'on my plate': { myActions: 5 }, 'op mijn bord': { myActions: 5 }, 'open staan': { myActions: 3 }, 'tick off': { myOpenSteps: 5 },
  'grand total': { financialTotals: 6 }, 'add up': { financialTotals: 5 }, 'adds up': { financialTotals: 5 }, 'section of the budget': { paragraph: 6 }, 'budget section': { paragraph: 6 },
  'who do we send': { represent: 5 }, 'wie sturen we': { represent: 5 }, 'shares do we own': { financialInterest: 6 }, 'shares do we have': { financialInterest: 6 }, 'most of our money': { largestInterest: 6 }, 'cost us together': { financialTotals: 6 }, 'kosten ons samen': { financialTotals: 6 },
  subsidy: { financialInterest: 3 }, 'goes there': { financialInterest: 3 }, 'hebben we daarin': { financialInterest: 5 }, 'hebben we erin': { financialInterest: 5 }, 'our biggest one': { largestInterest: 5 }, 'onze grootste': { largestInterest: 5 },
  anywhere: { personSeats: 3 },
  'section for the budget': { paragraph: 6 }, memberships: { personSeats: 4 }, 'board memberships': { personSeats: 5 }, lidmaatschappen: { personSeats: 3 }, doorgevoerd: { audit: 4 }, 'manages this bot': { roles: 7 }, 'runs this bot': { roles: 7 }, 'beheert de bot': { roles: 7 }, 'beheert deze bot': { roles: 7 }, 'wie beheert hem': { roles: 6 }, 'beheerder van de bot': { roles: 7 },
  'meld me aan': { subscribeDigest: 5 }, weekoverzicht: { subscribeDigest: 4 }, digests: { subscribeDigest: 2 },
  'what sort of questions': { help: 6 }, 'trajecten lopen': { partyChecklists: 5 }, 'checklist gestart': { partyChecklists: 4 }, 'already a checklist': { partyChecklists: 5 },
};

/** Which guidance topic a cue phrase points to. */
export const GUIDANCE_TOPIC_CUES = wordTable<'signals' | 'alignment' | 'communication' | 'roles'>({
  ...Object.fromEntries(Object.entries(ADVICE_PHRASES).map(([p, [topic]]) => [p, topic])),
  'verkeerde kant op': 'signals', ontspoort: 'signals', ontsporen: 'signals', 'zorgen maken': 'signals', 'in de gaten houden': 'signals', signs: 'signals', signalen: 'signals', waarschuwingssignalen: 'signals', signals: 'signals', 'warning signs': 'signals', 'warning signals': 'signals', 'red flags': 'signals', 'rode vlaggen': 'signals', 'mis gaat': 'signals', misgaat: 'signals', misloopt: 'signals', 'mis loopt': 'signals', 'fout gaat': 'signals', 'niet goed gaat': 'signals', 'uit de hand': 'signals', 'going wrong': 'signals', 'goes wrong': 'signals', 'in trouble': 'signals', 'not going well': 'signals',
  afdelingen: 'alignment', departments: 'alignment', meenemen: 'alignment', afstemmen: 'alignment', afstemming: 'alignment', 'stem ik af': 'alignment', 'met wie': 'alignment', betrekken: 'alignment', intern: 'alignment', interne: 'alignment', inschakelen: 'alignment', overleggen: 'alignment', align: 'alignment', 'who should i involve': 'alignment', involve: 'alignment', consult: 'alignment', internally: 'alignment', 'with whom': 'alignment', 'who do i need': 'alignment', 'wie moet ik': 'alignment', 'who should i tell': 'alignment', 'who do i tell': 'alignment', 'who must i tell': 'alignment', 'who needs to know': 'alignment', 'who should know': 'alignment', 'who must know': 'alignment', 'wie moet er weten': 'alignment', 'wie moeten er weten': 'alignment', 'wie moet dit weten': 'alignment', 'wie moet dat weten': 'alignment', 'wie moeten dit weten': 'alignment', 'wie moet ik op de hoogte brengen': 'alignment', 'wie breng ik op de hoogte': 'alignment',
  informeer: 'communication', 'hoe breng ik': 'communication', 'naar de raad': 'communication', 'to the council': 'communication', 'merk ik': 'signals', 'merk je': 'signals', 'niet goed loopt': 'signals', 'wie wat doet': 'roles', inlichten: 'communication', informing: 'communication', raadsinformatiebrief: 'communication', rib: 'communication', communiceren: 'communication', communicatie: 'communication', communiceer: 'communication', informeren: 'communication', 'de raad informeren': 'communication', 'raad informeren': 'communication', communicate: 'communication', communication: 'communication', inform: 'communication', 'inform the council': 'communication', buiten: 'communication', extern: 'communication', externally: 'communication',
  rollen: 'roles', roles: 'roles', 'wie doet wat': 'roles', 'who does what': 'roles', 'mijn rol': 'roles', 'my role': 'roles', 'de rol van': 'roles', 'rol van': 'roles', 'the role of': 'roles', 'als accounthouder': 'roles', 'as account holder': 'roles', 'as an account holder': 'roles', 'wat doet een': 'roles', 'what does a': 'roles', 'what does an': 'roles', verantwoordelijkheden: 'roles', responsibilities: 'roles',
});

/** "algemeen bestuur", "AVA", "ab" → the body's short name as the register writes it. */
export function canonicalBody(body: string | undefined): string | undefined {
  if (body === undefined) return undefined;
  const key = foldText(body).replace(/[^a-z0-9]+/g, ' ').trim();
  return BODY_PHRASES[key] ?? body;
}
