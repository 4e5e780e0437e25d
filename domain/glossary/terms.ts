import { foldText } from '../register/nameNormalize';

/**
 * Glossary terms from ../shared/domain/governance.md §7 (and §2–3 for the extra ones). Wording
 * lives in locales/glossary.{nl,en}.ts; what a user may type for a term, and its source, live here.
 */
export const GLOSSARY_TERMS = {
  verbonden_partij: { aliases: ['verbonden partij', 'verbonden partijen', 'affiliated party', 'affiliated parties'], source: 'BBV art. 1 lid 1 sub b' },
  bestuurlijk_belang: { aliases: ['bestuurlijk belang', 'administrative interest', 'governance interest'], source: 'BBV art. 1 lid 1 sub d' },
  financieel_belang: { aliases: ['financieel belang', 'financial interest'], source: 'BBV art. 1 lid 1 sub c' },
  deelneming: { aliases: ['deelneming', 'deelnemingen', 'participation', 'shareholding'], source: 'BBV art. 1 lid 1 sub e' },
  paragraaf_verbonden_partijen: { aliases: ['paragraaf verbonden partijen', 'paragraaf', 'budget paragraph'], source: 'BBV art. 9 en 15' },
  gemeenschappelijke_regeling: { aliases: ['gemeenschappelijke regeling', 'gr', 'joint arrangement', 'joint regulation'], source: 'Wet gemeenschappelijke regelingen (Wgr)' },
  verlengd_lokaal_bestuur: { aliases: ['verlengd lokaal bestuur', 'extended local government'], source: 'MvT Kamerstuk 35513' },
  openbaar_lichaam: { aliases: ['openbaar lichaam', 'public body'], source: 'Wgr' },
  lichte_gr_vormen: { aliases: ['gemeenschappelijk orgaan', 'centrumgemeente', 'centrumgemeenteconstructie', 'centrumgemeenteregeling', 'regeling zonder meer', 'lichte gr', 'lichte vormen', 'lichte vormen van een gr', 'lichte vormen van gr', 'lichtere vormen', 'light forms', 'lighter forms', 'central municipality'], source: 'Wgr; Steenbergen, jaarstukken' },
  bedrijfsvoeringsorganisatie: { aliases: ['bedrijfsvoeringsorganisatie', 'bedrijfsvoerings organisatie', 'bvo', 'operational management organisation'], source: 'Wgr, wijziging 2015 (Kamerstuk 33597); artikelnummer niet geverifieerd' },
  algemeen_bestuur: { aliases: ['algemeen bestuur', 'ab', 'general board'], source: 'Wgr art. 34' },
  dagelijks_bestuur: { aliases: ['dagelijks bestuur', 'db', 'executive board', 'daily board'], source: 'Wgr art. 19a, 34b, 35' },
  ava: { aliases: ['ava', 'algemene vergadering van aandeelhouders', 'aandeelhoudersvergadering', 'general meeting of shareholders', 'shareholders meeting', 'agm'], source: 'Gemeente Best, begroting 2018; Haarlemmermeer' },
  kaderbrief: { aliases: ['kaderbrief', 'kadernota', 'framework letter'], source: 'Wgr art. 34b; gemeente.nu (termijn 30 april)' },
  ontwerpbegroting: { aliases: ['ontwerpbegroting', 'conceptbegroting', 'draft budget'], source: 'Wgr art. 35 lid 1 en 3' },
  zienswijze: { aliases: ['zienswijze', 'zienswijzen', 'view', 'formal view'], source: 'Wgr art. 35 en art. 1 lid 3' },
  voorlopige_jaarrekening: { aliases: ['voorlopige jaarrekening', 'provisional annual accounts', 'provisional annual account', 'provisional accounts', 'draft annual accounts', 'preliminary annual accounts'], source: 'Wgr art. 34b' },
  gemeenschappelijke_adviescommissie: { aliases: ['gemeenschappelijke adviescommissie', 'adviescommissie', 'regionale raadscommissie', 'joint advisory committee', 'regional council committee'], source: 'Wgr (wijziging 2022), proofadviseurs.nl; artikelnummer niet geverifieerd' },
  actieve_informatieplicht: { aliases: ['actieve informatieplicht', 'informatieplicht', 'duty to inform'], source: 'Wgr sinds de wijziging van 2022 (Stb. 2022, 18), uitgewerkt in de regeling; Gemeentewet art. 169' },
  raadsinformatiebrief: { aliases: ['raadsinformatiebrief', 'rib', 'council information letter'], source: 'Rijswijk, jaarstukken 2022' },
  eigenaarsrol: { aliases: ['eigenaarsrol', 'eigenaar', 'owner role', 'ownership role'], source: 'Haarlemmermeer; Aalsmeer' },
  opdrachtgeversrol: { aliases: ['opdrachtgeversrol', 'opdrachtgever', 'client role', 'commissioning role'], source: 'Haarlemmermeer' },
  portefeuillehouder: { aliases: ['portefeuillehouder', 'portfolio holder'], source: 'Haarlemmermeer' },
  risicoprofiel: { aliases: ['risicoprofiel', 'risk profile'], source: 'Rijswijk; Zutphen; Bloemendaal' },
  solvabiliteit: { aliases: ['solvabiliteit', 'solvency'], source: 'Haarlemmermeer 2023/2026' },
  weerstandsvermogen: { aliases: ['weerstandsvermogen', 'resilience', 'risk buffer'], source: 'BBV art. 11' },
  nota_verbonden_partijen: { aliases: ['nota verbonden partijen', 'policy on affiliated parties', 'policy document on affiliated parties', 'policy paper on affiliated parties', 'affiliated parties policy'], source: 'Lingewaard, Staphorst, Albrandswaard' },
  gedeputeerde_staten: { aliases: ['gedeputeerde staten', 'gs', 'provincial executive'], source: 'Wgr art. 34 (termijnen sinds 1 juli 2022)' },
  uittreding: { aliases: ['uittreding', 'uittreden', 'withdrawal', 'exit'], source: 'Wgr art. 1 lid 5; verplichte inhoud sinds 1 juli 2024 (binnenlandsbestuur.nl, Capra)' },
  dividend: { aliases: ['dividend'], source: 'Zoetermeer 2026; BBV art. 8 lid 5' },
  toestemming: { aliases: ['toestemming', 'consent'], source: 'Wgr art. 1 lid 4 en 5; kennisopenbaarbestuur.nl' },
  accounthouder: { aliases: ['accounthouder', 'ambtelijk accounthouder', 'account holder', 'account manager'], source: 'Ommen, nota verbonden partijen (praktijk)' },
  raad_van_commissarissen: { aliases: ['raad van commissarissen', 'rvc', 'supervisory board'], source: 'Praktijk bij deelnemingen (nv/bv)' },
  regierol: { aliases: ['regierol', 'regisserende rol', 'regisseursrol', 'directing role'], source: 'praktijkbegrip in nota\'s verbonden partijen; geen wettelijke bron' },
  faciliterende_rol: { aliases: ['faciliterende rol', 'facilitating role'], source: 'praktijkbegrip in nota\'s verbonden partijen; geen wettelijke bron' },
  verbindende_rol: { aliases: ['verbindende rol', 'verbindersrol', 'connecting role'], source: 'praktijkbegrip in nota\'s verbonden partijen; geen wettelijke bron' },
  financiersrol: { aliases: ['financiersrol', 'financier', 'rol van financier', 'funder role'], source: 'handreikingen verbonden partijen (praktijk, niet in de wet)' },
  toezichthoudersrol: { aliases: ['toezichthoudersrol', 'toezichthouder', 'rol van toezichthouder', 'supervisor role'], source: 'handreikingen verbonden partijen (praktijk, niet in de wet); Wgr art. 34 voor het toezicht van GS' },
  openbaar_belang: { aliases: ['openbaar belang', 'public interest'], source: 'BBV art. 15 lid 2 sub a' },
  wensen_en_bedenkingen: { aliases: ['wensen en bedenkingen', 'wishes and objections'], source: 'Gemeentewet art. 160 lid 2 (via VNG); art. 169 lid 4' },
  zienswijzeprocedure: { aliases: ['zienswijzeprocedure', 'zienswijze procedure', 'procedure zienswijze', 'zienswijze stap voor stap', 'zienswijze procedure step by step'], source: 'Wgr art. 35 en art. 1 lid 3–5; BZK (kennisopenbaarbestuur.nl)' },
  wgr: { aliases: ['wgr', 'wet gemeenschappelijke regelingen', 'joint arrangements act'], source: 'BWBR0003740' },
  bbv: { aliases: ['bbv', 'besluit begroting en verantwoording'], source: 'BWBR0014606' },
} as const;

export type GlossaryId = keyof typeof GLOSSARY_TERMS;

const lookup = new Map<string, GlossaryId>();
for (const [id, t] of Object.entries(GLOSSARY_TERMS) as [GlossaryId, (typeof GLOSSARY_TERMS)[GlossaryId]][]) {
  for (const a of t.aliases) lookup.set(normalizeTerm(a), id);
}

export function normalizeTerm(s: string): string {
  return foldText(s).replace(/[^a-z0-9]+/g, ' ').trim().replace(/^(een|de|het|the|a|an) /, '');
}

/** The glossary entry a phrase names, if any ("een zienswijze", "AB", "the AvA"). */
export function findTerm(phrase: string): GlossaryId | undefined {
  const n = normalizeTerm(phrase);
  return lookup.get(n) ?? lookup.get(n.replace(/s$/, '')) ?? lookup.get(n.replace(/en$/, ''));
}

export function glossarySource(id: GlossaryId): string {
  return GLOSSARY_TERMS[id].source;
}

export const GLOSSARY_IDS = Object.keys(GLOSSARY_TERMS) as GlossaryId[];
