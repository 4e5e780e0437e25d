import type { NewParty, Person, Seat } from '../register/types';

/**
 * A demo register for the imaginary municipality of Lindenwaard (Zuid-Holland). The partners are
 * modelled on real verbonden partijen of Haaglanden municipalities; people and amounts are invented.
 */
export const DEMO_MUNICIPALITY = 'Lindenwaard';

const p = (name: string, fn: string, email: string): Person => ({ name, function: fn, email: `${email}@lindenwaard.example` });
const deVries = p('Anne de Vries', 'wethouder', 'a.devries');
const jansen = p('Pieter Jansen', 'wethouder', 'p.jansen');
const bakker = p('Fatima Bakker', 'wethouder', 'f.bakker');
const vanDerMeer = p('Hendrik van der Meer', 'burgemeester', 'h.vandermeer');
const ah = (name: string, email: string): Person => ({ name, function: null, email: `${email}@lindenwaard.example` });
const seat = (body: string, role: string, person: Person | null): Seat => ({ body, role, person });

const base = {
  legalForm: null,
  equityStartCents: null,
  equityEndCents: null,
  debtStartCents: null,
  debtEndCents: null,
  resultCents: null,
  risks: null,
  demo: true,
};

export const DEMO_PARTIES: NewParty[] = [
  {
    ...base,
    name: 'GGD Haaglanden',
    aliases: ['GGD', 'GGD en VT Haaglanden', 'Gemeenschappelijke Gezondheidsdienst Haaglanden'],
    category: 'gemeenschappelijke regeling',
    legalForm: 'openbaar lichaam',
    location: 'Den Haag',
    publicInterest: 'Publieke gezondheidszorg, jeugdgezondheidszorg en Veilig Thuis',
    financialInterestCents: 215_000_000,
    riskProfile: 'midden',
    equityStartCents: 410_000_000,
    equityEndCents: 395_000_000,
    ownerPortfolioHolder: 'Fatima Bakker (Financiën)',
    clientPortfolioHolder: 'Anne de Vries (Zorg en Jeugd)',
    accountHolder: ah('Sanne Visser', 's.visser'),
    seats: [seat('AB', 'lid', deVries), seat('AB', 'plaatsvervanger', jansen)],
  },
  {
    ...base,
    name: 'Veiligheidsregio Haaglanden',
    aliases: ['VRH', 'Veiligheidsregio', 'VR Haaglanden'],
    category: 'gemeenschappelijke regeling',
    legalForm: 'openbaar lichaam',
    location: 'Den Haag',
    publicInterest: 'Brandweerzorg, crisisbeheersing en geneeskundige hulpverlening',
    financialInterestCents: 480_000_000,
    riskProfile: 'hoog',
    risks: 'Stijgende kosten brandweerzorg en meldkamer; eigen vermogen daalt door onttrekkingen aan de reserves.',
    equityStartCents: 520_000_000,
    equityEndCents: 470_000_000,
    debtStartCents: 3_100_000_000,
    debtEndCents: 3_350_000_000,
    resultCents: -50_000_000,
    ownerPortfolioHolder: 'Hendrik van der Meer (Openbare Orde en Veiligheid)',
    clientPortfolioHolder: 'Hendrik van der Meer (Openbare Orde en Veiligheid)',
    accountHolder: ah('Ricardo Mendes', 'r.mendes'),
    seats: [seat('AB', 'lid', vanDerMeer), seat('DB', 'lid', null)],
  },
  {
    ...base,
    name: 'Omgevingsdienst Haaglanden',
    aliases: ['ODH', 'Omgevingsdienst'],
    category: 'gemeenschappelijke regeling',
    legalForm: 'openbaar lichaam',
    location: 'Den Haag',
    publicInterest: 'Vergunningverlening, toezicht en handhaving milieu',
    financialInterestCents: 96_000_000,
    riskProfile: 'midden',
    ownerPortfolioHolder: 'Fatima Bakker (Financiën)',
    clientPortfolioHolder: 'Pieter Jansen (Ruimte en Milieu)',
    accountHolder: ah('Joost Hendriks', 'j.hendriks'),
    seats: [seat('AB', 'lid', jansen), seat('AB', 'plaatsvervanger', deVries)],
  },
  {
    ...base,
    name: 'Avalex',
    aliases: ['Gemeenschappelijke Regeling Avalex'],
    category: 'gemeenschappelijke regeling',
    legalForm: 'openbaar lichaam',
    location: 'Rijswijk',
    publicInterest: 'Inzameling van huishoudelijk afval en reiniging openbare ruimte',
    financialInterestCents: 310_000_000,
    riskProfile: 'hoog',
    risks: 'Afhankelijk van de markt voor grondstoffen en verwerkingstarieven; vervanging wagenpark.',
    ownerPortfolioHolder: 'Fatima Bakker (Financiën)',
    clientPortfolioHolder: 'Pieter Jansen (Ruimte en Milieu)',
    accountHolder: ah('Joost Hendriks', 'j.hendriks'),
    seats: [seat('AB', 'lid', jansen), seat('DB', 'lid', jansen), seat('AB', 'plaatsvervanger', null)],
  },
  {
    ...base,
    name: 'Metropoolregio Rotterdam Den Haag',
    aliases: ['MRDH', 'Metropoolregio'],
    category: 'gemeenschappelijke regeling',
    legalForm: 'openbaar lichaam',
    location: 'Rotterdam',
    publicInterest: 'Verkeer en vervoer en economisch vestigingsklimaat',
    financialInterestCents: 12_500_000,
    riskProfile: 'laag',
    ownerPortfolioHolder: 'Hendrik van der Meer (Regionale samenwerking)',
    clientPortfolioHolder: 'Pieter Jansen (Mobiliteit)',
    accountHolder: ah('Lotte de Graaf', 'l.degraaf'),
    seats: [seat('AB', 'lid', vanDerMeer), seat('AB', 'plaatsvervanger', jansen)],
  },
  {
    ...base,
    name: 'N.V. Bank Nederlandse Gemeenten',
    aliases: ['BNG', 'BNG Bank'],
    category: 'vennootschap of coöperatie',
    legalForm: 'naamloze vennootschap',
    location: 'Den Haag',
    publicInterest: 'Goedkope financiering van decentrale overheden',
    financialInterestCents: 4_212_000,
    riskProfile: 'laag',
    ownerPortfolioHolder: 'Fatima Bakker (Financiën)',
    clientPortfolioHolder: null,
    accountHolder: ah('Mark Smit', 'm.smit'),
    seats: [seat('AvA', 'aandeelhoudersvertegenwoordiger', bakker)],
  },
  {
    ...base,
    name: 'Evides N.V.',
    aliases: ['Evides', 'Evides Waterbedrijf'],
    category: 'vennootschap of coöperatie',
    legalForm: 'naamloze vennootschap',
    location: 'Rotterdam',
    publicInterest: 'Levering van betrouwbaar drinkwater',
    financialInterestCents: 1_830_000,
    riskProfile: 'laag',
    ownerPortfolioHolder: 'Fatima Bakker (Financiën)',
    clientPortfolioHolder: null,
    accountHolder: ah('Mark Smit', 'm.smit'),
    seats: [seat('AvA', 'aandeelhoudersvertegenwoordiger', bakker), seat('AvA', 'plaatsvervanger', vanDerMeer)],
  },
  {
    ...base,
    // The archive cooperation is a gemeenschappelijke regeling in the form of a
    // bedrijfsvoeringsorganisatie (one bestuur of college members, which elects its chair); its name
    // is kept from an earlier demo because the labelled understanding corpus refers to it.
    name: 'Stichting Regionaal Historisch Centrum Lindenwaard',
    aliases: ['RHC', 'RHC Lindenwaard', 'Regionaal Archief'],
    category: 'gemeenschappelijke regeling',
    legalForm: 'bedrijfsvoeringsorganisatie (openbaar lichaam met één bestuur)',
    location: 'Lindenwaard',
    publicInterest: 'Beheer van de archieven van de deelnemende gemeenten en de regionale geschiedenis',
    financialInterestCents: 68_000_000,
    riskProfile: 'midden',
    ownerPortfolioHolder: 'Hendrik van der Meer (Archief)',
    clientPortfolioHolder: 'Anne de Vries (Cultuur)',
    accountHolder: ah('Sanne Visser', 's.visser'),
    seats: [seat('bestuur', 'voorzitter', deVries)],
  },
  {
    ...base,
    name: 'Ontwikkelingsbedrijf Lindenwaard-Zuid C.V.',
    aliases: ['OBL', 'Ontwikkelingsbedrijf'],
    // A C.V. has no shareholders' meeting: the partners decide in the vergadering van vennoten. The
    // municipality is a limited partner (no management, WvK art. 20); the supervisory board the
    // partnership agreement sets up has a seat the municipality may fill, vacant here.
    category: 'vennootschap of coöperatie',
    legalForm: 'commanditaire vennootschap (gemeente is commanditaire vennoot)',
    location: 'Lindenwaard',
    publicInterest: 'Gebiedsontwikkeling woningbouwlocatie Lindenwaard-Zuid',
    financialInterestCents: 250_000_000,
    riskProfile: 'hoog',
    ownerPortfolioHolder: 'Fatima Bakker (Financiën)',
    clientPortfolioHolder: 'Pieter Jansen (Wonen)',
    accountHolder: ah('Lotte de Graaf', 'l.degraaf'),
    seats: [seat('vennotenvergadering', 'lid', bakker), seat('RvC', 'lid', null)],
  },
];
