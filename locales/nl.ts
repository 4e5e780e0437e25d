import type { Catalogue } from './catalogue';

/** Dutch texts: the default language. */
export const nl: Catalogue = {
  lang: 'nl',
  demoBanner: (municipality) => `Demo: fictieve gegevens van de gemeente ${municipality}. Importeer uw eigen register om te beginnen.`,
  help: {
    title: 'Partnerwijzer — waarmee kan ik helpen?',
    intro: 'Ik ken de verbonden partijen van de gemeente: wie ons waar vertegenwoordigt, wat de risico’s zijn en wie u moet informeren als een partij iets verandert.',
    sections: [
      { title: 'Vragen over het register', lines: ['welke verbonden partijen hebben we?', 'wie vertegenwoordigt ons bij de GGD?', 'welke partijen hebben een hoog risico?'] },
      { title: 'Begrippen', lines: ['wat is een zienswijze?', 'wat is het verschil tussen AB en DB?'] },
      { title: 'Samenwerken', lines: ['wijziging melden bij de GGD', 'vergadering vastleggen', 'signaal melden'] },
    ],
    tryTitle: 'Probeer:',
    buttons: [
      { title: 'Welke verbonden partijen hebben we?', text: 'welke verbonden partijen hebben we?' },
      { title: 'Partijen met hoog risico', text: 'welke partijen hebben een hoog risico?' },
    ],
    footer: 'Typ "hulp" om dit overzicht opnieuw te zien.',
  },
  overview: {
    title: 'Verbonden partijen',
    summary: (total) => (total === 1 ? 'Het register bevat 1 verbonden partij.' : `Het register bevat ${total} verbonden partijen.`),
    empty: 'Het register is nog leeg. Een registerbeheerder kan het vullen met `npx partnerwijzer import <bestand.csv>`.',
    categories: {
      'gemeenschappelijke regeling': 'Gemeenschappelijke regelingen',
      'vennootschap of coöperatie': 'Vennootschappen en coöperaties',
      'stichting of vereniging': 'Stichtingen en verenigingen',
      overig: 'Overige verbonden partijen',
    },
    none: 'geen',
    risk: { laag: 'laag risico', midden: 'midden risico', hoog: 'hoog risico' },
    highRiskTitle: 'Verbonden partijen met een hoog risicoprofiel',
    highRiskNone: 'Geen enkele verbonden partij heeft een hoog risicoprofiel.',
    highRiskSummary: (n) => (n === 1 ? '1 partij heeft een hoog risicoprofiel.' : `${n} partijen hebben een hoog risicoprofiel.`),
  },
  welcome: {
    personal: 'Hallo! Ik ben Partnerwijzer. Ik help u met de verbonden partijen van de gemeente. Typ "hulp" om te zien wat ik kan.',
    team: (team) => `Partnerwijzer is toegevoegd aan ${team}. Noem mij met @Partnerwijzer en stel uw vraag, of typ "hulp".`,
    aTeam: 'dit team',
  },
  emptyMessage: 'Ik heb geen vraag ontvangen. Typ "hulp" om te zien wat ik kan.',
  notUnderstood: (text) => `Die vraag begrijp ik (nog) niet: "${text}". Typ "hulp" voor voorbeelden.`,
  error: 'Er ging iets mis bij het verwerken van uw bericht. Probeer het opnieuw; het is gelogd.',
  unknownAction: 'Deze knop ken ik niet (meer). Typ "hulp" voor wat ik kan.',
};
