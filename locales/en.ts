import type { Catalogue } from './catalogue';

/** English texts, used when the user writes English or the client locale is English. */
export const en: Catalogue = {
  lang: 'en',
  demoBanner: (municipality) => `Demo: fictitious data of the municipality of ${municipality}. Import your own register to get started.`,
  help: {
    title: 'Partnerwijzer — how can I help?',
    intro: 'I know the municipality’s verbonden partijen (affiliated public bodies and companies): who represents us where, what the risks are, and whom to inform when a partner changes its plans.',
    sections: [
      { title: 'Questions about the register', lines: ['which partners do we have?', 'who represents us at the GGD?', 'which partners have a high risk?'] },
      { title: 'Terms', lines: ['what is a zienswijze?', 'what is the difference between AB and DB?'] },
      { title: 'Working together', lines: ['report a change at the GGD', 'log meeting', 'report a signal'] },
    ],
    tryTitle: 'Try:',
    buttons: [
      { title: 'Which partners do we have?', text: 'which partners do we have?' },
      { title: 'High-risk partners', text: 'which partners have a high risk?' },
    ],
    footer: 'Type "help" to see this overview again.',
  },
  overview: {
    title: 'Verbonden partijen (affiliated parties)',
    summary: (total) => (total === 1 ? 'The register holds 1 affiliated party.' : `The register holds ${total} affiliated parties.`),
    empty: 'The register is still empty. A register administrator can fill it with `npx partnerwijzer import <file.csv>`.',
    categories: {
      'gemeenschappelijke regeling': 'Joint arrangements (gemeenschappelijke regelingen)',
      'vennootschap of coöperatie': 'Companies and cooperatives',
      'stichting of vereniging': 'Foundations and associations',
      overig: 'Other affiliated parties',
    },
    none: 'none',
    risk: { laag: 'low risk', midden: 'medium risk', hoog: 'high risk' },
  },
  welcome: {
    personal: 'Hello! I am Partnerwijzer. I help you with the municipality’s affiliated parties. Type "help" to see what I can do.',
    team: (team) => `Partnerwijzer has been added to ${team}. Mention me with @Partnerwijzer and ask your question, or type "help".`,
    aTeam: 'this team',
  },
  party: {
    category: {
      'gemeenschappelijke regeling': 'Joint arrangement (gemeenschappelijke regeling)',
      'vennootschap of coöperatie': 'Company or cooperative',
      'stichting of vereniging': 'Foundation or association',
      overig: 'Other affiliated party',
    },
    facts: { location: 'Registered in', legalForm: 'Legal form', publicInterest: 'Public interest', risk: 'Risk profile', financialInterest: 'Financial interest', owner: 'Owner role', client: 'Client role', accountHolder: 'Account holder' },
    seatsTitle: 'Who represents the municipality where',
    noSeats: 'No seats have been recorded yet.',
    vacant: 'vacant (nobody recorded)',
    notRecorded: 'not recorded yet',
    chat: 'chat',
    buttons: { change: 'Report a change', meeting: 'Log a meeting', signal: 'Report a signal', seats: 'Who sits where?' },
    followUpSoon: 'This part is not available yet in this version of Partnerwijzer. For now, please contact the account holder.',
    representSummary: (party) => `On behalf of the municipality at ${party}:`,
    bodySummary: (body, party) => `In the ${body} of ${party}:`,
    noSuchBody: (body, party) => `The register has no seat of the municipality in the ${body} of ${party}. These are the seats that are recorded:`,
    accountHolder: (party, name) => `The account holder for ${party} is ${name}.`,
    noAccountHolder: (party) => `No account holder has been recorded for ${party} yet.`,
    portfolio: (party) => `The portfolio holders for ${party}:`,
    goneParty: 'This party is not (or no longer) in the register. Ask again or look at the overview.',
  },
  choice: { whichParty: 'Which party do you mean?', didYouMean: 'Do you mean this party?', whichPerson: 'Whom do you mean?' },
  notFound: {
    party: (q) => `I don't know an affiliated party that looks like “${q}”.`,
    closest: 'Closest matches:',
    overviewButton: 'All affiliated parties',
    person: (q) => `I can't find anyone like “${q}” in the register.`,
  },
  person: { title: (name) => name, seats: 'Represents the municipality at:', accountFor: 'Account holder for:', none: 'This person holds no seats in the register.' },
  glossary: {
    source: (s) => `Source: ${s}`,
    unknown: (term) => `The term “${term}” is not in the glossary (yet).`,
    examples: 'Ask for example: what is a zienswijze? what is the difference between AB and DB? what is a RIB?',
    differenceTitle: 'The difference',
  },
  categoryTitle: {
    'gemeenschappelijke regeling': 'Joint arrangements (gemeenschappelijke regelingen)',
    'vennootschap of coöperatie': 'Companies and cooperatives',
    'stichting of vereniging': 'Foundations and associations',
    overig: 'Other affiliated parties',
  },
  riskTitle: { laag: 'Affiliated parties with a low risk profile', midden: 'Affiliated parties with a medium risk profile', hoog: 'Affiliated parties with a high risk profile' },
  riskSummary: (n, level) => {
    const word = { laag: 'low', midden: 'medium', hoog: 'high' }[level];
    return n === 0 ? `No affiliated party has a ${word} risk profile.` : n === 1 ? `1 party has a ${word} risk profile.` : `${n} parties have a ${word} risk profile.`;
  },
  emptyMessage: 'I did not receive a question. Type "help" to see what I can do.',
  notUnderstood: (text) => `I don't understand that question (yet): "${text}". Type "help" for examples.`,
  error: 'Something went wrong while handling your message. Please try again; it has been logged.',
  unknownAction: 'I don’t know this button (any more). Type "help" to see what I can do.',
};
