import type { ParagraphTexts } from '../domain/paragraph/texts';

export type { ParagraphTexts } from '../domain/paragraph/texts';

/** Texts of the paragraaf verbonden partijen: a Dutch budget document, so Dutch only. */
export const paragraphNl: ParagraphTexts = {
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
  },
  noneInCategory: 'De gemeente heeft geen verbonden partijen in deze categorie.',
  fields: {
    nameAndLocation: 'Naam en vestigingsplaats',
    legalForm: 'Rechtsvorm',
    publicInterest: 'Openbaar belang',
    governance: 'Bestuurlijk belang',
    interestKind: 'Soort financieel belang',
    risks: "Risico's",
    riskProfile: 'Risicoprofiel',
  },
  interestKinds: { bijdrage: 'bijdrage', kapitaal: 'kapitaal (aandelen of lening)', garantie: 'garantie (aansprakelijkheid)' },
  /** BBV art. 15 lid 2: the interest at the start and the expected size at the end of the budget year; in the annual report the realised figures. */
  variants: {
    begroting: {
      title: (year: number) => `Paragraaf verbonden partijen ${year}`,
      introNote: (year: number) => `Dit is de paragraaf bij de begroting ${year}. De bedragen aan het eind van het jaar zijn verwachtingen.`,
      visionTitle: (year: number) => `Visie op en beleidsvoornemens omtrent verbonden partijen in ${year}`,
      visionGap: (year: number) => `[NOG AAN TE LEVEREN: de visie op en de beleidsvoornemens omtrent verbonden partijen voor ${year} (BBV artikel 15 lid 1 sub a).]`,
      interestStart: (year: number) => `Financieel belang begin ${year}`,
      interestEnd: (year: number) => `Financieel belang eind ${year} (verwacht)`,
      equityStart: (year: number) => `Eigen vermogen begin ${year}`,
      equityEnd: (year: number) => `Eigen vermogen eind ${year} (verwacht)`,
      debtStart: (year: number) => `Vreemd vermogen begin ${year}`,
      debtEnd: (year: number) => `Vreemd vermogen eind ${year} (verwacht)`,
      result: (year: number) => `Resultaat ${year} (verwacht)`,
      developments: (year: number) => `Ontwikkelingen in ${year}`,
    },
    jaarstukken: {
      title: (year: number) => `Paragraaf verbonden partijen, jaarstukken ${year}`,
      introNote: (year: number) => `Dit is de paragraaf bij de jaarstukken ${year}: de bedragen zijn gerealiseerde cijfers en per partij staat wat er in ${year} is gebeurd.`,
      visionTitle: (year: number) => `Visie en beleidsvoornemens: wat is er in ${year} van terechtgekomen`,
      visionGap: (year: number) => `[NOG AAN TE LEVEREN: wat er in ${year} is terechtgekomen van de visie op en de beleidsvoornemens omtrent verbonden partijen.]`,
      interestStart: (year: number) => `Financieel belang begin ${year}`,
      interestEnd: (year: number) => `Financieel belang eind ${year} (gerealiseerd)`,
      equityStart: (year: number) => `Eigen vermogen begin ${year}`,
      equityEnd: (year: number) => `Eigen vermogen eind ${year} (gerealiseerd)`,
      debtStart: (year: number) => `Vreemd vermogen begin ${year}`,
      debtEnd: (year: number) => `Vreemd vermogen eind ${year} (gerealiseerd)`,
      result: (year: number) => `Resultaat ${year} (gerealiseerd)`,
      developments: (year: number) => `Wat er in ${year} gebeurde`,
    },
  },
  gap: 'nog aan te leveren',
  vacant: 'vacant',
  riskProfile: { laag: 'laag', midden: 'midden', hoog: 'hoog' },
  gapsTitle: 'Nog aan te leveren (intern)',
  gapsIntro: 'Interne lijst, niet voor publicatie: de volgende gegevens ontbreken nog in het register. De accounthouder kan ze aanleveren.',
  gapsNone: 'Alle gegevens zijn compleet.',
  gapsColumns: { party: 'Verbonden partij', fields: 'Ontbreekt', accountHolder: 'Accounthouder' },
  noAccountHolder: 'geen accounthouder vastgelegd',
  demoNote: 'Let op: dit document is gemaakt met het demoregister van een fictieve gemeente.',
};
