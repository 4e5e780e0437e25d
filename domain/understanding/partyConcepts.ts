import { wordTable } from '../text/wordTable';

/**
 * What staff call a party by what it does, grouped by the kind of work: every word of `say` (and
 * its plural, and a compound ending in it) stands for the word starts of `stems` that such a
 * party's name or public interest would use. Domain knowledge of what verbonden partijen do
 * (governance.md §1: GGD, veiligheidsregio, omgevingsdienst, afval, water, BNG…), not phrasings.
 */
const GROUPS: { say: string[]; stems: string[] }[] = [
  { say: ['netbeheerder', 'netbeheer', 'grid', 'stroomnet', 'elektriciteitsnet', 'gasnet', 'electricity', 'elektriciteit'], stems: ['netbeheer', 'gasnet', 'elektriciteitsnet', 'energienet', 'stroomnet', 'elektriciteitsnetwerk'] },
  { say: ['energiebedrijf'], stems: ['energie', 'elektriciteit', 'gasnet', 'warmte', 'netbeheer', 'stroom', 'zonne', 'windpark', 'windenergie'] },
  { say: ['energy'], stems: ['energie'] },
  { say: ['warmtenet', 'warmtebedrijf', 'stadsverwarming', 'heating'], stems: ['warmte', 'warmtenet'] },
  { say: ['theater', 'theatre', 'schouwburg', 'theaterstichting'], stems: ['theater', 'schouwburg'] },
  { say: ['zwembad', 'zwembadstichting', 'pool', 'swimming'], stems: ['zwembad', 'zwemwater', 'zwemmen', 'zwem'] },
  { say: ['port', 'harbour', 'harbor', 'haven', 'havenbedrijf', 'zeehaven', 'binnenhaven'], stems: ['haven'] },
  { say: ['incineration', 'afvalverbranding', 'verbranding'], stems: ['verbrand'] },
  { say: ['bins', 'vuilniszak', 'vuilniszakken', 'container', 'vuilnis', 'huisvuil', 'garbage', 'trash', 'rubbish', 'waste', 'afval', 'afvalbedrijf', 'afvalinzameling', 'kliko', 'gft', 'milieustraat', 'recycling', 'vuilophaal', 'vuilnisophaal'], stems: ['afval', 'reiniging', 'inzameling', 'milieustraat', 'grondstoffen'] },
  // Collecting waste, not processing it: "het afval ophalen" is the one that collects. (English "collection"
  // is too common a word to describe a party by.)
  { say: ['inzameling', 'inzamelen', 'ophalen'], stems: ['inzamel', 'ophaal', 'vuilophaal', 'afvalinzamel'] },
  { say: ['processing', 'verwerking', 'sortering', 'sorting'], stems: ['verwerk', 'sorteer', 'sortering'] },
  { say: ['cleaning', 'reiniging', 'straatvegen'], stems: ['reiniging', 'schoonmaak', 'veeg'] },
  { say: ['toerisme', 'toeristenbureau', 'toeristenvereniging', 'tourism', 'tourist', 'vvv'], stems: ['toeris', 'vvv'] },
  { say: ['housing', 'woningbouw'], stems: ['woning', 'woonwijk', 'wonen'] },
  { say: ['solar', 'zonnepark'], stems: ['zon', 'zonne', 'zonnepark', 'zonnepanel', 'zonne-energie'] },
  { say: ['education', 'scholen', 'school', 'onderwijs', 'basisscholen', 'basisonderwijs'], stems: ['onderwijs', 'school', 'scholen'] },
  { say: ['cultuurstichting'], stems: ['cultuur', 'theater', 'schouwburg', 'bibliotheek', 'museum', 'muziek', 'kunst', 'erfgoed'] },
  // A swimming pool is a sports facility too: "the sports foundation" may be the pool's.
  { say: ['sport', 'sports', 'sporthal', 'sporthallen', 'sportbedrijf', 'sportaccommodaties'], stems: ['sport', 'zwembad'] },
  { say: ['jeugdzorg', 'jeugdhulp', 'youth', 'jeugdbescherming'], stems: ['jeugd', 'jeugdhulp', 'jeugdzorg'] },
  { say: ['purchasing', 'procurement', 'inkoop', 'jeugdinkoop', 'inkoopbureau'], stems: ['inkoop'] },
  { say: ['muziekschool'], stems: ['muziekschool', 'muziekonderwijs'] },
  { say: ['museum', 'musea', 'museums'], stems: ['museum', 'musea'] },
  { say: ['development', 'gebiedsontwikkeling'], stems: ['ontwikkel', 'gebiedsontwikkel'] },
  { say: ['welfare', 'welzijn'], stems: ['welzijn'] },
  { say: ['library', 'libraries', 'bibliotheek', 'bieb'], stems: ['bibliotheek'] },
  { say: ['heritage', 'erfgoed'], stems: ['erfgoed'] },
  { say: ['archive', 'archives', 'archief', 'bouwdossiers', 'bouwtekeningen'], stems: ['archief'] },
  { say: ['ambulancedienst', 'ambulance', 'ambulancezorg', 'ambulances'], stems: ['ambulance'] },
  { say: ['garages', 'parkeergarage'], stems: ['parkeer', 'garage'] },
  // A business park is run by a bedrijvenschap or industrieschap (a GR) as often as by a company.
  { say: ['bedrijventerrein', 'business', 'bedrijvenpark', 'industrieterrein', 'industrial'], stems: ['bedrijventerrein', 'bedrijvenpark', 'bedrijventerreinen', 'werklocatie', 'bedrijvenschap', 'industrieschap', 'industrieterrein'] },
  // The public bodies every municipality has.
  { say: ['milieudienst', 'vergunning', 'vergunningverlening', 'milieuvergunning', 'omgevingsvergunning', 'handhaving', 'permits', 'permit', 'environmental'], stems: ['omgevingsdienst', 'uitvoeringsdienst', 'milieudienst', 'vergunning', 'vergunningverlening', 'handhaving'] },
  { say: ['brandweer', 'firefighters', 'brigade', 'rampenbestrijding', 'crisisbeheersing', 'rampen', 'disaster', 'disasters', 'meldkamer'], stems: ['veiligheidsregio', 'brandweer', 'brandweerzorg', 'rampenbestrijding', 'crisisbeheersing', 'meldkamer'] },
  { say: ['gezondheid', 'gezondheidszorg', 'consultatiebureau', 'jeugdgezondheidszorg', 'infectieziekten', 'infectieziektebestrijding'], stems: ['ggd', 'gezondheid', 'gezondheidszorg', 'gezondheidsdienst', 'jeugdgezondheidszorg'] },
  { say: ['belasting', 'belastingen', 'belastingaanslag', 'hondenbelasting', 'tax', 'taxes', 'taxation', 'woz', 'belastingkantoor'], stems: ['belasting', 'belastingen', 'heffing', 'woz'] },
  { say: ['werkplaats', 'werkvoorziening', 'wsw', 'swbedrijf', 'sw', 'beschut', 'sheltered', 'reintegratie', 're-integratie', 'participatiewet'], stems: ['werkvoorziening', 'werkvoorzieningschap', 'werkbedrijf', 'wsw', 'werkplaats', 'reintegratie', 're-integratie', 'participatie'] },
  { say: ['werkplein', 'uwv'], stems: ['werkplein', 'werkbedrijf', 'sociale dienst', 'bijstand', 'uitkering', 'participatie', 'werk en inkomen'] },
  { say: ['bijstand', 'schuldhulp', 'schuldhulpverlening', 'minima', 'minimaregelingen'], stems: ['bijstand', 'uitkering', 'schuldhulp', 'minima', 'participatiewet', 'inkomen'] },
  { say: ['drinkwater', 'waterleiding', 'waterbedrijf', 'kraanwater', 'drinking'], stems: ['drinkwater', 'waterleiding', 'waterbedrijf', 'drinkwatervoorziening', 'drinkwaterbedrijf'] },
  { say: ['recreatie', 'recreatieschap', 'recreatiegebied', 'zwemplas', 'jachthaven', 'recreation'], stems: ['recreatie', 'recreatieschap', 'recreatiegebied'] },
  { say: ['ict', 'automatisering', 'it-samenwerking', 'informatievoorziening'], stems: ['ict', 'automatisering', 'informatievoorziening'] },
  { say: ['leerplicht', 'leerlingzaken', 'schoolverzuim'], stems: ['leerplicht', 'leerlingzaken'] },
  { say: ['doelgroepenvervoer', 'leerlingenvervoer', 'wmo-vervoer', 'regiotaxi'], stems: ['vervoer', 'doelgroepenvervoer', 'regiotaxi'] },
  { say: ['luchthaven', 'vliegveld', 'airport'], stems: ['luchthaven', 'airport', 'vliegveld'] },
  { say: ['fibre', 'fiber', 'glasvezel', 'broadband', 'breedband', 'glasvezelbedrijf'], stems: ['glasvezel', 'breedband', 'fiber'] },
  { say: ['castle', 'castles', 'kasteel', 'kastelen'], stems: ['kastel', 'kasteel'] },
  { say: ['ferry', 'ferries', 'veerpont', 'veerponten', 'veerdienst', 'veerdiensten', 'pont'], stems: ['veerdienst', 'veerpont', 'pont', 'veer'] },
  { say: ['farm', 'farms', 'boerderij', 'boerderijen'], stems: ['boerderij'] },
];

export const CONCEPTS = wordTable<string[]>(Object.fromEntries(GROUPS.flatMap((g) => g.say.map((w) => [w, g.stems]))));

/** The concept a word stands for: the word, its plural's singular, or the compound part it ends in. */
export function conceptOf(w: string, head: (w: string) => string | undefined): string[] | undefined {
  const single = (x: string): string[] | undefined => CONCEPTS[x] ?? (x.endsWith('en') ? CONCEPTS[x.slice(0, -2)] : undefined) ?? (x.endsWith('s') ? CONCEPTS[x.slice(0, -1)] : undefined);
  const own = single(w);
  if (own) return own;
  const tail = w.length >= 8 ? head(w) : undefined;
  return tail ? single(tail) : undefined;
}
