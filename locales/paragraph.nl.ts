import type { BbvCategory } from '../domain/register/types';

/** Texts of the paragraaf verbonden partijen: a Dutch budget document, so Dutch only. */
export const paragraphNl = {
  title: (year: number) => `Paragraaf verbonden partijen ${year}`,
  introTitle: 'Inleiding',
  intro: [
    'Een verbonden partij is een privaatrechtelijke of publiekrechtelijke organisatie waarin de gemeente een bestuurlijk en een financieel belang heeft (artikel 1 van het Besluit begroting en verantwoording provincies en gemeenten, BBV). Een bestuurlijk belang is zeggenschap, hetzij uit hoofde van vertegenwoordiging in het bestuur hetzij uit hoofde van stemrecht. Een financieel belang is een aan de verbonden partij ter beschikking gesteld bedrag dat niet verhaalbaar is als de partij failliet gaat, of het bedrag waarvoor de gemeente aansprakelijk is als de partij haar verplichtingen niet nakomt.',
    'Deze paragraaf (BBV artikel 9 en 15; in de jaarstukken artikel 26) geeft de lijst van verbonden partijen, ingedeeld in gemeenschappelijke regelingen; vennootschappen en coöperaties; stichtingen en verenigingen; overige verbonden partijen. Verbonden partijen worden niet geconsolideerd in de begroting en de jaarstukken (BBV artikel 5).',
  ],
  summary: (n: number) => (n === 1 ? 'De gemeente heeft 1 verbonden partij.' : `De gemeente heeft ${n} verbonden partijen.`),
  categories: {
    'gemeenschappelijke regeling': 'Gemeenschappelijke regelingen',
    'vennootschap of coöperatie': 'Vennootschappen en coöperaties',
    'stichting of vereniging': 'Stichtingen en verenigingen',
    overig: 'Overige verbonden partijen',
  } satisfies Record<BbvCategory, string>,
  noneInCategory: 'De gemeente heeft geen verbonden partijen in deze categorie.',
  fields: {
    nameAndLocation: 'Naam en vestigingsplaats',
    legalForm: 'Rechtsvorm',
    publicInterest: 'Openbaar belang',
    governance: 'Bestuurlijk belang',
    financialInterest: 'Financieel belang',
    equityStart: 'Eigen vermogen begin',
    equityEnd: 'Eigen vermogen eind',
    debtStart: 'Vreemd vermogen begin',
    debtEnd: 'Vreemd vermogen eind',
    result: 'Resultaat',
    risks: "Risico's",
    riskProfile: 'Risicoprofiel',
  },
  gap: 'nog aan te leveren',
  vacant: 'vacant',
  riskProfile: { laag: 'laag', midden: 'midden', hoog: 'hoog' },
  gapsTitle: 'Nog aan te leveren',
  gapsIntro: 'De volgende gegevens ontbreken nog in het register. De accounthouder kan ze aanleveren.',
  gapsNone: 'Alle gegevens zijn compleet.',
  gapsColumns: { party: 'Verbonden partij', fields: 'Ontbreekt', accountHolder: 'Accounthouder' },
  noAccountHolder: 'geen accounthouder vastgelegd',
  demoNote: 'Let op: dit document is gemaakt met het demoregister van een fictieve gemeente.',
};

export type ParagraphTexts = typeof paragraphNl;
