import { foldText } from '../register/nameNormalize';
import { englishWords, everydayWords } from './everydayWords';
import { genderOfFirstName } from './firstNames';
import type { UnderstandingModel } from './model';
import { nameAlternation } from './placeQualifier';

/**
 * The Netherlands' municipalities (CBS list of 2025, with the names of some recently merged ones that
 * colleagues still use). Typed in lower case ("wat betaalt berkelland aan de isd"), such a name is
 * another municipality as surely as when capitalised: it is given its capitals so the reading treats
 * it as a name. A name that is also a word ("Best", "Buren", "Goes", "Huizen") is left as typed.
 */
const NAMES = `
's-Hertogenbosch;Aa en Hunze;Aalsmeer;Aalten;Achtkarspelen;Alblasserdam;Albrandswaard;Alkmaar;Almelo;Almere
Alphen aan den Rijn;Alphen-Chaam;Altena;Ameland;Amersfoort;Amstelveen;Amsterdam;Apeldoorn;Appingedam;Arnhem
Assen;Asten;Baarle-Nassau;Baarn;Barendrecht;Barneveld;Beek;Beekdaelen;Beesel;Berg en Dal;Bergeijk;Bergen
Berkelland;Bernheze;Best;Beuningen;Beverwijk;Bladel;Blaricum;Bloemendaal;Bodegraven-Reeuwijk;Boekel
Borger-Odoorn;Borne;Borsele;Boxmeer;Boxtel;Breda;Brielle;Bronckhorst;Brummen;Brunssum;Bunnik;Bunschoten;Buren
Capelle aan den IJssel;Castricum;Coevorden;Cranendonck;Cuijk;Culemborg;Dalfsen;Dantumadiel;De Bilt
De Fryske Marren;De Ronde Venen;De Wolden;Delft;Delfzijl;Den Haag;Den Helder;Deurne;Deventer;Diemen
Dijk en Waard;Dinkelland;Doesburg;Doetinchem;Dongen;Dordrecht;Drechterland;Drimmelen;Dronten;Druten;Duiven
Echt-Susteren;Edam-Volendam;Ede;Eemnes;Eemsdelta;Eersel;Eijsden-Margraten;Eindhoven;Elburg;Emmen;Enkhuizen
Enschede;Epe;Ermelo;Etten-Leur;Geertruidenberg;Geldrop-Mierlo;Gemert-Bakel;Gennep;Gilze en Rijen
Goeree-Overflakkee;Goes;Goirle;Gooise Meren;Gorinchem;Gouda;Grave;Groningen;Gulpen-Wittem;Haaksbergen;Haaren
Haarlem;Haarlemmermeer;Halderberge;Hardenberg;Harderwijk;Hardinxveld-Giessendam;Haren;Harlingen;Hattem
Heemskerk;Heemstede;Heerde;Heerenveen;Heerhugowaard;Heerlen;Heeze-Leende;Heiloo;Hellendoorn;Hellevoetsluis
Helmond;Hendrik-Ido-Ambacht;Hengelo;Het Hogeland;Heumen;Heusden;Hillegom;Hilvarenbeek;Hilversum;Hoeksche Waard
Hof van Twente;Hollands Kroon;Hoogeveen;Hoorn;Horst aan de Maas;Houten;Huizen;Hulst;IJsselstein
Kaag en Braassem;Kampen;Kapelle;Katwijk;Kerkrade;Koggenland;Krimpen aan den IJssel;Krimpenerwaard;Laarbeek
Land van Cuijk;Landerd;Landgraaf;Landsmeer;Langedijk;Lansingerland;Laren;Leeuwarden;Leiden;Leiderdorp
Leidschendam-Voorburg;Lelystad;Leusden;Lingewaard;Lisse;Lochem;Loon op Zand;Lopik;Loppersum;Losser;Maasdriel
Maasgouw;Maashorst;Maassluis;Maastricht;Medemblik;Meerssen;Meierijstad;Meppel;Middelburg;Midden-Delfland
Midden-Drenthe;Midden-Groningen;Mill en Sint Hubert;Molenlanden;Montferland;Montfoort;Mook en Middelaar
Neder-Betuwe;Nederweert;Nieuwegein;Nieuwkoop;Nijkerk;Nijmegen;Nissewaard;Noardeast-Fryslan;Noord-Beveland
Noordenveld;Noordoostpolder;Noordwijk;Nuenen;Nunspeet;Nuth;Oegstgeest;Oirschot;Oisterwijk;Oldambt;Oldebroek
Oldenzaal;Olst-Wijhe;Ommen;Onderbanken;Oost Gelre;Oosterhout;Ooststellingwerf;Oostzaan;Opmeer;Opsterland;Oss
Oude IJsselstreek;Ouder-Amstel;Oudewater;Overbetuwe;Papendrecht;Peel en Maas;Pekela;Pijnacker-Nootdorp
Purmerend;Putten;Raalte;Reimerswaal;Renkum;Renswoude;Reusel-De Mierden;Rheden;Rhenen;Ridderkerk;Rijssen-Holten
Rijswijk;Roerdalen;Roermond;Roosendaal;Rotterdam;Rozendaal;Rucphen;Schagen;Scherpenzeel;Schiedam
Schiermonnikoog;Schinnen;Schouwen-Duiveland;Simpelveld;Sint Anthonis;Sint-Michielsgestel;Sittard-Geleen
Sliedrecht;Sluis;Smallingerland;Soest;Someren;Son en Breugel;Stadskanaal;Staphorst;Stede Broec;Steenbergen
Steenwijkerland;Stein;Stichtse Vecht;Sudwest-Fryslan;Ten Boer;Terneuzen;Terschelling;Texel;Teylingen;Tholen
Tiel;Tilburg;Tubbergen;Twenterand;Tynaarlo;Uden;Uitgeest;Uithoorn;Urk;Utrecht;Utrechtse Heuvelrug;Vaals
Valkenburg aan de Geul;Valkenswaard;Veendam;Veenendaal;Veere;Veldhoven;Velsen;Venlo;Venray;Vijfheerenlanden
Vlaardingen;Vlieland;Vlissingen;Voerendaal;Voorne aan Zee;Voorschoten;Voorst;Vught;Waadhoeke;Waalre;Waalwijk
Waddinxveen;Wageningen;Wassenaar;Waterland;Weert;Weesp;West Betuwe;West Maas en Waal;Westerkwartier;Westerveld
Westervoort;Westerwolde;Westland;Weststellingwerf;Westvoorne;Wierden;Wijchen;Wijdemeren;Wijk bij Duurstede
Winterswijk;Woensdrecht;Woerden;Wormerland;Woudenberg;Zaanstad;Zaltbommel;Zandvoort;Zeewolde;Zeist;Zevenaar
Zoetermeer;Zoeterwoude;Zuidplas;Zundert;Zutphen;Zwartewaterland;Zwijndrecht;Zwolle
Alphen;Capelle;Den Bosch;Bergen op Zoom;Krimpen;Hendrik-Ido-Ambacht
`.trim().split(/;|\n/).map((n) => n.trim()).filter(Boolean);

/**
 * Regions the GGD, veiligheidsregio and omgevingsdienst regions and the regional cooperations are named
 * after: typed in lower case ("ggd haaglanden") they are still a region's name, so another region's
 * GGD stays unknown instead of becoming our own GGD. Only capitalised, never taken for a municipality.
 */
const REGIONS = `
Groningen;Fryslan;Friesland;Drenthe;IJsselland;Twente;Noord- en Oost-Gelderland;Gelderland-Midden;Gelderland-Zuid
Noord-Holland Noord;Zaanstreek-Waterland;Kennemerland;Amsterdam-Amstelland;Gooi en Vechtstreek;Haaglanden
Hollands Midden;Rotterdam-Rijnmond;Rijnmond;Zuid-Holland Zuid;Zeeland;Midden- en West-Brabant;Brabant-Noord
Brabant-Zuidoost;Limburg-Noord;Zuid-Limburg;Flevoland;Achterhoek;Rivierenland;Betuwe;Veluwe;Noord-Veluwe;West-Brabant
Drechtsteden;Holland Rijnland;Midden-Holland;Alblasserwaard;Voorne-Putten;Zuid-Kennemerland;IJmond;West-Friesland
Salland;De Peel;Kempen;Meierij;Liemers;Rijk van Nijmegen;Food Valley;Eemland;Amstelland;Stedendriehoek;Walcheren
Zeeuws-Vlaanderen;Parkstad;Westelijke Mijnstreek;West-Holland;Hart van Brabant;Noordoost-Brabant;Hollands Kroon
`.trim().split(/;|\n/).map((n) => n.trim()).filter(Boolean);

interface Table {
  re: RegExp;
  proper: Map<string, string>;
  /** Every name, words too ("Leiden", "Gouda"), with the places our own parties sit. */
  anyRe: RegExp;
  words: Set<string>;
  seats: Set<string>;
}
const tables = new WeakMap<UnderstandingModel, Table>();

function key(s: string): string {
  return foldText(s).replace(/[^a-z0-9']+/g, ' ').trim();
}

function tableOf(model: UnderstandingModel): Table {
  const known = tables.get(model);
  if (known) return known;
  const proper = new Map<string, string>();
  const all = new Set<string>();
  const words = new Set<string>();
  const regions = new Set(REGIONS);
  // Our own municipality, and the words of our parties' names and colleagues, are ours to read.
  const ours = (k: string): boolean => k.split(' ').some((w) => model.municipalityWords.has(w)) || (!k.includes(' ') && (model.partyWords.has(k) || model.personWords.has(k)));
  const isWord = (k: string): boolean => everydayWords().has(k) || englishWords().has(k);
  for (const [n, municipality] of [...NAMES.map((x) => [x, true] as const), ...REGIONS.map((x) => [x, false] as const)]) {
    const k = key(n);
    if (ours(k)) continue;
    if (municipality) {
      all.add(k);
      if (isWord(k)) words.add(k);
    }
    // (A region's name is a name even where a word list has it: "Haaglanden".)
    if (regions.has(n) || k.includes(' ') || !isWord(k)) proper.set(k, n);
  }
  const seats = new Set(model.parties.map((p) => (p.location ? key(p.location) : '')).filter((l) => l !== ''));
  const table = {
    anyRe: new RegExp(`(?<![\\p{L}'-])(${nameAlternation(all)})(?![\\p{L}-])`, 'giu'),
    words,
    seats,
    // "regio utrecht" is a region's name as a whole ("Regio Utrecht"), as in "GGD regio utrecht".
    re: new RegExp(`(?<![\\p{L}'-])((?:regio|region) )?(${nameAlternation(proper.keys())})(?![\\p{L}-])`, 'giu'),
    proper,
  };
  tables.set(model, table);
  return table;
}

/** The text with every municipality name typed in lower case given its capitals ("oost gelre" → "Oost Gelre", "regio Utrecht" → "Regio Utrecht"). */
export function capitaliseMunicipalities(text: string, model: UnderstandingModel): string {
  const t = tableOf(model);
  return text.replace(t.re, (m: string, region: string | undefined, name: string) => {
    const known = t.proper.get(key(name));
    if (!known || (name !== name.toLowerCase() && !region)) return m;
    const proper = name === name.toLowerCase() ? known : name;
    return region ? `${region[0].toUpperCase()}${region.slice(1)}${proper}` : proper;
  });
}

/** Words before a name that make it the municipality itself ("de gemeente Leiden", "the mayor of Gouda"). */
const AS_MUNICIPALITY = /(gemeente|municipality of|town of|city of|burgemeester van|wethouder van|wethouders van|mayor of|alderman of|college van|raad van|council of|namens|on behalf of|represents|vertegenwoordigt|betaalt)\s+$/;
/** Prepositions that make a name where a party sits ("het archief in Doetinchem"), not who asks. */
const TRAVEL = /\b(op|naar|to|on|vanuit|from|via|richting|uit)\s+$/;
const AS_SEAT = /\b(in|at|te|near|rond|around)\s+(de\s+|het\s+|the\s+)?(regio\s+|region\s+)?$/;

/**
 * Another municipality of the Netherlands named in the message ("do you know who Berkelland sends to the
 * GGD board?", "how much does Lelystad put into the RAV", "which boards is the Alphen mayor on?"): the
 * register holds only our own seats and money. Not a word of our parties' names or colleagues, not our
 * own municipality, not the place one of our parties sits named as such; a name that is also a word only
 * as the municipality itself ("de gemeente leiden").
 */
export function namedMunicipality(typed: string, model: UnderstandingModel): string | undefined {
  const t = tableOf(model);
  const folded = foldText(typed);
  if (folded.length !== typed.length) return undefined;
  for (const m of folded.matchAll(t.anyRe)) {
    const k = key(m[1]);
    const before = folded.slice(0, m.index);
    if (t.words.has(k) && !AS_MUNICIPALITY.test(before)) continue;
    if (t.seats.has(k) && AS_SEAT.test(before)) continue;
    // "Gerrit zit dan op Texel", "a colleague from Almere": where someone is, not whose seat is asked.
    if (TRAVEL.test(before)) continue;
    // "Tjeerd Hoogeveen": a colleague's surname after a first name.
    const prev = /(\p{L}+)\s+$/u.exec(typed.slice(0, m.index))?.[1];
    if (prev && /^\p{Lu}/u.test(prev) && genderOfFirstName(prev) !== undefined) continue;
    // "Alphen" for Alphen aan den Rijn, "Bergen op Zoom": the name as typed.
    return typed.slice(m.index, (m.index ?? 0) + m[0].length);
  }
  return undefined;
}
