import { wordTable } from '../text/wordTable';
/** The message as typed, rewritten before it is read: English descriptions, shared nouns, chat shorthand. */

/**
 * English descriptions of Dutch partner types, so "the safety region" finds the veiligheidsregio:
 * each becomes the start of the Dutch word, which the model matches as a unique word start.
 */
const DESCRIPTORS: [RegExp, string][] = [
  // "de VR", "the OD": the short forms every civil servant uses (capitals only: "vr" is chat for "voor").
  [/\bVR\b/g, 'veiligheidsregio'],
  [/\bOD\b/g, 'omgevingsdienst'],
  [/\bsafety region\b|\bfire (service|brigade|department)\b|\bbrandweerregio\b|\bbrandweer\b/gi, 'veiligheidsregio'],
  [/\b(harbou?r|port|docks?) (quarter|district|area)\b/gi, 'havenkwartier'],
  [/\b(harbou?r|port) (company|business)\b/gi, 'havenbedrijf'],
  // A port authority is a havenbedrijf or a havenschap (a GR): the start they share.
  [/\b(harbou?r|port) authority\b/gi, 'haven'],
  [/\b(harbou?r|port)\b/gi, 'haven'],
  [/\byouth( care)? procurement( (bureau|office|agency|body|organisation|organization|unit))?\b/gi, 'inkoop jeugd'],
  [/\byouth care( region| organisation| organization)?\b/gi, 'jeugdzorg'],
  [/\bheat( network)? (company|network|utility|supplier)\b|\bdistrict heating( company)?\b/gi, 'warmte'],
  [/\bpop (venue|stage|podium)\b/gi, 'poppodium'],
  [/\bairport\b/gi, 'luchthaven'],
  [/\bcultur(e|al) house\b/gi, 'cultuurhuis'],
  [/\bwelfare( (foundation|organisation|organization))?\b/gi, 'welzijn'],
  [/\bdrinking water( (company|supplier|utility))?\b/gi, 'water'],
  [/\bparking( (company|service|authority|organisation|organization))?\b/gi, 'parkeer'],
  [/\b(public )?health (service|authority)\b/gi, 'ggd'],
  [/\benvironment(al)? (agency|service)\b/gi, 'omgevingsdienst'],
  [/\bmetropolitan region\b/gi, 'metropoolregio'],
  [/\bphoto(graphic)? archives?\b/gi, 'fotoarchief'],
  [/\b(regional )?archives?\b/gi, 'archief'],
  // Collecting waste, not processing it: the one whose work is the inzameling.
  [/\b(waste|bin|bins|rubbish|garbage|refuse) collect(ion|ing|ors?)( (company|service|body|organisation|organization|people|cooperation|arrangement))?\b/gi, 'afval inzameling'],
  [/\bwaste( (company|service|collector|collection|processor|processing|management|disposal))?\b/gi, 'afval'],
  [/\btax (office )?(cooperation|co-operation|office|authority|collaboration|partnership|service)\b/gi, 'belasting'],
  [/\b(gemeenschappelijke |gemeentelijke )?gezondheidsdienst\b/gi, 'ggd'],
  // Both an ontwikkelingsbedrijf and an ontwikkelingsmaatschappij: the start they share.
  [/\bdevelopment company\b/gi, 'ontwikkelings'],
  [/\bvillage halls?( foundation)?\b|\bcommunity cent(re|er)s?\b/gi, 'dorpshuis'],
  // The water board is the waterschap, another government, not the drinking-water company.
  [/\bwater boards?\b|\bwater authority\b/gi, 'waterschap'],
  [/\bwater (company|utility|supplier)\b/gi, 'water'],
  [/\bambulance( (service|services|provider|organisation|organization))?\b/gi, 'ambulance'],
  [/\benergy (co-?op|cooperative|cooperation|co-operative)\b/gi, 'energiecooperatie'],
  // "the energy company" may be a grid operator or a co-op: only a party with that very word fits.
  [/\benergy company\b/gi, 'energiebedrijf'],
  [/\b(public )?library\b|\bbieb\b/gi, 'bibliotheek'],
  [/\bswimming pool( foundation)?\b/gi, 'zwembad'],
  [/\b(primary )?school (foundation|board)\b|\bprimary education\b/gi, 'onderwijs'],
  [/\b(sheltered|social) (employment|work)( (company|organisation|organization|service|scheme|body))?\b/gi, 'werkvoorziening'],
  [/\bcultur(e|al) (centre|center)\b/gi, 'cultuurcentrum'],
  [/\bsports? (company|foundation|organisation|organization)\b/gi, 'sportbedrijf'],
  [/\brecreation (board|authority|body)\b/gi, 'recreatieschap'],
  // "the Berkelstroom recreation area", "the lake's recreation park": a recreatieschap or its area, the start they share.
  [/\brecreation(al)? (area|areas|park|parks|lake|grounds)\b/gi, 'recreatie'],
  [/\bmusic (school|education|lessons)\b/gi, 'muziekschool'],
  [/\bglass ?fib(re|er)\b/gi, 'glasvezel'],
  [/\bpublic health( care)?\b/gi, 'gezondheidszorg'],
  // A regional development fund is an ontwikkelingsfonds, not the development company.
  [/\b(regional )?development funds?\b/gi, 'ontwikkelingsfonds'],
  // The job centre (werkplein) where benefits and work meet: the body that runs it.
  [/\bjob ?cent(re|er)s?( (body|organisation|organization|service|services|authority))?\b|\bemployment (office|service|agency)\b/gi, 'werkplein'],
  // "the Veldhoek land development partnership": a grondexploitatie (often a C.V.).
  [/\bland (development|exploitation)( (partnership|company|cv|c\.v\.|venture|project))?\b/gi, 'grondexploitatie'],
  [/\b(electricity |power |energy )?grid (company|holding|operator|manager|business)\b|\b(electricity|power) network (company|operator)\b/gi, 'netbeheer'],
  [/\bheat(ing)? network\b/gi, 'warmtenet'],
  [/\btax collect(ion|ing|or)( (body|office|agency|organisation|organization|service|people))?\b/gi, 'belasting'],
  [/\bheritage\b/gi, 'erfgoed'],
  [/\brevolving fund\b/gi, 'revolverend fonds'],
  [/\b(shared )?(IT|ICT) (organisation|organization|service|services|cooperation|partnership|body)\b/g, 'ict'],
  [/\bschool attendance( (office|service|bureau|body))?\b|\btruancy( (office|service))?\b/gi, 'leerplicht'],
  [/\bsocial (services|service|affairs)( (department|body|organisation|organization|service))?\b/gi, 'sociale dienst'],
  [/\bregional taxi( service)?\b/gi, 'regiotaxi'],
  // "the regional cooperation": the region's own arrangement, said as staff write its alias ("Regio Deal" is a deal, not the cooperation).
  [/\bregional (cooperation|co-operation|collaboration|partnership)\b/gi, 'regiosamenwerking'],
  [/\bsustainab(ility|le)\b/gi, 'duurzaam'],
  [/\bhousing (covenant|convenant|agreement) (for|of|on) (labou?r |migrant )?(migrants|migrant workers|workers)\b/gi, 'convenant huisvesting arbeidsmigranten'],
  [/\bcovenants?\b/gi, 'convenant'],
  [/\blabou?r market region\b|\bjob market region\b/gi, 'arbeidsmarktregio'],
  [/\benergy (advice )?(desk|counter|help ?desk)\b/gi, 'energieloket'],
  [/\bregional development (agency|company|corporation)\b/gi, 'rom'],
  [/\b(public )?primary schools?( (foundation|board|trust))?\b/gi, 'primair onderwijs'],
  [/\bsheltered workshops?\b/gi, 'werkvoorziening'],
  // BNG is the Bank Nederlandse Gemeenten: "the municipal bank", "the bank of the municipalities".
  [/\b(the )?municipal(ities)? bank\b|\bbank (of|for) (the )?(dutch )?municipalities\b/gi, 'bng'],
  [/\bbins? collection( (body|service|company|organisation|organization))?\b/gi, 'afval'],
  [/\b(wmo|special needs|special) (taxi|transport)( (scheme|party|service|body))?\b/gi, 'doelgroepenvervoer'],
  [/\bcompost(ing)? (company|plant|facility|business)\b/gi, 'compostering'],
  [/\bmonuments? fund\b/gi, 'monumentenfonds'],
  // The town clerk of a Dutch municipality is its gemeentesecretaris (the griffier is the council's clerk).
  [/\b(town|municipal|city) (clerk|secretary)\b/gi, 'gemeentesecretaris'],
  [/\bdebt (counsell?ing|counsel|assistance|relief|help|advice|support)( (organisation|organization|service|services|office|body|agency))?\b/gi, 'schuldhulpverlening'],
  [/\b(municipal )?credit bank\b/gi, 'kredietbank'],
  [/\bschool transport( (body|office|bureau|service|centre|center|organisation|organization))?\b|\bpupil transport\b/gi, 'leerlingenvervoer'],
  [/\btransport (centre|center|office|bureau|body|agency)\b|\b(target group|special needs|demand-responsive) transport\b/gi, 'doelgroepenvervoer'],
  [/\bregional energy strategy\b/gi, 'energiestrategie'],
  [/\b(labou?r )?migrants?(-| )(workers? )?housing\b|\bhousing (of|for) (labou?r |migrant )?(migrants|workers)\b/gi, 'huisvesting arbeidsmigranten'],
  // "the EGTS business park": a named one; "the business park" alone may be any of several (see describedParty).
  [/\b([A-Z][A-Za-z-]+) business park\b/g, '$1 bedrijvenpark'],
  [/\bindustrial (estate|park)\b|\bbusiness estate\b/gi, 'bedrijventerrein'],
  [/\b(sheltered|supported|protected) (housing|living)\b/gi, 'beschermd wonen'],
  [/\bferry( (service|services|company|line|operator))?\b|\bferries\b/gi, 'veerdienst'],
  [/\b(IT|ICT) shared services?\b/g, 'ict'],
  [/\bfood ?banks?\b/gi, 'voedselbank'],
  [/\barts? (centre|center|school)\b/gi, 'kunstencentrum'],
  [/\bpublic (primary )?schools?( (foundation|board|trust))?\b/gi, 'openbaar onderwijs'],
  [/\btourist (office|information( office)?|board)\b/gi, 'vvv'],
  [/\bmarinas?\b|\byacht (harbou?r|basin|port)\b/gi, 'jachthaven'],
  [/\blighthouse\b/gi, 'vuurtoren'],
  [/\bcaves?\b/gi, 'grotten'],
  [/\bquarry\b/gi, 'groeve'],
  [/\bcastle\b/gi, 'kasteel'],
  [/\bneighbou?rhood teams?\b|\bcommunity teams?\b/gi, 'wijkteam'],
  [/\brecycling (yards?|cent(re|er)s?|parks?|depots?|points?)\b|\b(household )?waste (yards?|depots?)\b/gi, 'milieustraat'],
  // "the shared service centre": the Dutch names spell it "centrum".
  [/\bservices? cent(re|er)\b/gi, 'service centrum'],
];
/** Two bodies sharing one noun ("het algemeen en het dagelijks bestuur"): both spelled out. */
const SHARED_NOUNS: [RegExp, string][] = [
  [/\b(algemeen|algemene) (en|of) (het )?(dagelijks|dagelijkse) bestuur\b/gi, 'algemeen bestuur en dagelijks bestuur'],
  [/\b(dagelijks|dagelijkse) (en|of) (het )?(algemeen|algemene) bestuur\b/gi, 'dagelijks bestuur en algemeen bestuur'],
  [/\bgeneral and (the )?executive board\b/gi, 'general board and executive board'],
  // "faciliterende en verbindende rol": both roles spelled out.
  [/\b(\w+ende) (en|of) (\w+ende) (rol|rollen)\b/gi, '$1 rol en $3 rol'],
  [/\bgeneral boards\b/gi, 'general board'],
  [/\bexecutive boards\b/gi, 'executive board'],
  [/\b(bestuurlijk|bestuurlijke) (en|of) (het )?(financieel|financiele|financiële) belang\b/gi, 'bestuurlijk belang en financieel belang'],
  [/\b(financieel|financiele|financiële) (en|of) (het )?(bestuurlijk|bestuurlijke) belang\b/gi, 'financieel belang en bestuurlijk belang'],
  [/\b(administrative|governance) and (the )?financial interest\b/gi, 'administrative interest and financial interest'],
  [/\bfinancial and (the )?(administrative|governance) interest\b/gi, 'financial interest and administrative interest'],
  [/\bexecutive and (the )?general board\b/gi, 'executive board and general board'],
];
/** Chat shorthand that would read as a name: "vr ons" is "voor ons", not the VR. */
const SHORTHAND: [RegExp, string][] = [
  [/\b[vV]r (ons|de|het|mij|me)\b/g, 'voor $1'],
  [/\bmbt\b/gi, 'over'],
  // "C.V.'s", "cv's": the plural of the legal form.
  [/\bc\.?v\.?['’]s\b/gi, 'cvs'],
  [/\bn\.?v\.?['’]s\b/gi, 'nvs'],
  [/\bb\.?v\.?['’]s\b/gi, 'bvs'],
  [/\bwnr\b/gi, 'wanneer'],
  [/\bmn\b(?= [a-z])/g, 'mijn'],
  // "zo'n partij": "zo een", not the word "zon" (an alias such as "Zon").
  [/\bzo['’`]n\b/gi, 'zo een'],
  // "hooog risico": a key held down too long (not the VVV).
  [/([a-uw-z])\1{2,}/g, '$1$1'],
  // Office shorthand in chat: "wie is ah ggd", "welke wh", "de bgm", "vz db". "ah" as a sigh ("ah, oké", "ah zo") stays.
  // The sigh is dropped: a register may have "AH" as an alias ("Regio AH").
  [/\bah\b(?=[,!.]|\s+(zo|ja|oke|ok|okay|oké|nee|no|yes|thanks|bedankt|dank|top|prima|helder|right|i see|sorry|natuurlijk|juist|wacht|wait)\b)[,!.]?/gi, ''],
  [/\bah\b/gi, 'accounthouder'],
  [/\bacc\.? ?(holder|houder)s?\b/gi, 'account holder'],
  // "who should I tell?": telling as informing ("tell" is otherwise filler, as in "tell me").
  [/\bwho (should|do|must|shall|can) (i|we) tell\b/gi, 'who $1 $2 inform'],
  [/\bwh\b/gi, 'wethouder'],
  [/\bbgm\b/gi, 'burgemeester'],
  [/\bvz\b/gi, 'voorzitter'],
  // "welke partijen in de regio ...": the region around us, not a party called Regio.
  [/\b(partijen|parties|gemeenten|organisaties) in de regio\b/g, '$1'],
  // Chat shorthand in lower case ("accounthouder vd bieb"); a name keeps its own spelling.
  [/\bvd\b(?= \w)/g, 'van de'],
  [/\bvh\b(?= [a-z])/g, 'van het'],
  // English contractions first ("what's", "who's"), then the possessive.
  [/\b(what|who|where|when|how|that|there|it|here)['’]s\b/gi, '$1 is'],
  [/\b(who|what|where|how)s\b/gi, '$1 is'],
  [/\b(they|we|you)['’]re\b/gi, '$1 are'],
  [/\b(i)['’]m\b/gi, '$1 am'],
  // "Marloes Veenstra's plate": the name without the possessive.
  [/(\p{L})['’]s\b/gu, '$1'],
];
/** Portfolio words in English, as the portfolio in brackets would say them in Dutch. */
const PORTFOLIO_EN = wordTable<string>({
  finance: 'financien', finances: 'financien', financial: 'financien', culture: 'cultuur', youth: 'jeugd', sport: 'sport', sports: 'sport', housing: 'wonen',
  care: 'zorg', health: 'zorg', education: 'onderwijs', economy: 'economie', economic: 'economie', environment: 'milieu', sustainability: 'duurzaamheid',
  safety: 'veiligheid', security: 'veiligheid', mobility: 'mobiliteit', traffic: 'verkeer', climate: 'klimaat', energy: 'energie', welfare: 'welzijn', waste: 'afval',
  'land development': 'grondzaken', 'land affairs': 'grondzaken', 'work and income': 'werk en inkomen', 'jobs and income': 'werk en inkomen', income: 'inkomen', employment: 'werk',
  heritage: 'erfgoed', 'public order': 'openbare orde', 'public order and safety': 'openbare orde en veiligheid', operations: 'bedrijfsvoering', 'business operations': 'bedrijfsvoering',
  'social affairs': 'sociaal domein', 'social domain': 'sociaal domein', 'spatial planning': 'ruimtelijke ordening', planning: 'ruimtelijke ordening', tourism: 'toerisme',
  recreation: 'recreatie', 'energy transition': 'energietransitie', 'public health': 'volksgezondheid', agriculture: 'landbouw', digitalisation: 'digitalisering',
  digitalization: 'digitalisering', participation: 'participatie', 'citizen services': 'dienstverlening', 'public services': 'dienstverlening', archives: 'archief',
  'regional cooperation': 'regionale samenwerking', 'city marketing': 'citymarketing', 'youth and care': 'jeugd en zorg', 'care and youth': 'zorg en jeugd',
});
/** Longest first, so "work and income" is one portfolio, not "work". */
const PORTFOLIO_EN_KEYS = Object.keys(PORTFOLIO_EN).sort((a, b) => b.length - a.length).join('|');
const PORTFOLIO_EN_RE = new RegExp(`\\b(${PORTFOLIO_EN_KEYS}) (alderman|alderwoman|alderperson|portfolio holder)\\b`, 'gi');
// "the alderman for youth care procurement" names a party's portfolio holder, not a portfolio: a word for a body follows.
const PARTY_NOUN_AFTER = '(?!(?: care)? (?:procurement|region|organi[sz]ations?|company|body|board|service|services|foundation|cooperation|co-operation|office|bureau|agency|fund|network|cent(?:re|er)|partnership|authority|arrangement)\\b)';
const PORTFOLIO_FOR_RE = new RegExp(`\\b(alderman|alderwoman|alderperson|portfolio holder) (for|of) (${PORTFOLIO_EN_KEYS})\\b${PARTY_NOUN_AFTER}`, 'gi');
/** "de sportwethouder", "the finance alderman", "the alderman for finance": the alderman of that portfolio. */
function portfolioTitles(text: string): string {
  return text
    .replace(/\b(\p{L}{3,}?)(wethouder|portefeuillehouder)\b/giu, (m, pre: string, title: string) => (/^(loco|oud|ex|mede|de|vak|kern|hoofd|eerste|nieuwe|locoburge)$/i.test(pre) ? m : `${title} ${pre}`))
    .replace(PORTFOLIO_EN_RE, (_m, topic: string, title: string) => `${title} ${PORTFOLIO_EN[topic.toLowerCase()]}`)
    .replace(PORTFOLIO_FOR_RE, (_m, title: string, _for: string, topic: string) => `${title} ${PORTFOLIO_EN[topic.toLowerCase()]}`);
}

export function translateDescriptors(text: string): string {
  text = portfolioTitles(text);
  let out = text;
  for (const [re, full] of SHORTHAND) out = out.replace(re, full);
  for (const [re, full] of SHARED_NOUNS) out = out.replace(re, full);
  for (const [re, nl] of DESCRIPTORS) out = out.replace(re, nl);
  return out;
}
