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
    highRiskTitle: 'Affiliated parties with a high risk profile',
    highRiskNone: 'No affiliated party has a high risk profile.',
    highRiskSummary: (n) => (n === 1 ? '1 party has a high risk profile.' : `${n} parties have a high risk profile.`),
  },
  welcome: {
    personal: 'Hello! I am Partnerwijzer. I help you with the municipality’s affiliated parties. Type "help" to see what I can do.',
    team: (team) => `Partnerwijzer has been added to ${team}. Mention me with @Partnerwijzer and ask your question, or type "help".`,
    aTeam: 'this team',
  },
  emptyMessage: 'I did not receive a question. Type "help" to see what I can do.',
  notUnderstood: (text) => `I don't understand that question (yet): "${text}". Type "help" for examples.`,
  error: 'Something went wrong while handling your message. Please try again; it has been logged.',
  unknownAction: 'I don’t know this button (any more). Type "help" to see what I can do.',
};
