import type { CalendarTexts } from '../domain/calendar/texts';

/** The governance calendar's wording: Dutch legal terms, so Dutch only (like the paragraph). */
export const calendarNl: CalendarTexts = {
  kinds: {
    vergadering: 'vergadering',
    kaderbrief: 'kaderbrief ontvangen',
    ontwerpbegroting: 'ontwerpbegroting ontvangen',
    jaarrekening: 'jaarrekening',
    overig: 'datum',
    vaststelling: 'begroting vastgesteld door het algemeen bestuur',
    evaluatie: 'evaluatie van de regeling',
    uittreding: 'uittredingstermijn volgens de regeling',
  },
  meetingTitle: (body) => (body ? `${body}-vergadering` : 'vergadering'),
  eventDescription: (party, category) => `${party} (${category}). Partnerwijzer.`,
  zienswijzeSummary: 'uiterste datum zienswijze raad op de ontwerpbegroting',
  zienswijzeDescription: (weeks, received) => `De raad kan binnen ${weeks} weken na ontvangst (${received}) een zienswijze geven op de ontwerpbegroting (Wgr art. 35).`,
  checklistDescription: (changeKind, owner) => `Checklist ${changeKind}${owner ? `; eigenaar ${owner}` : ''}. Partnerwijzer.`,
  cycle: {
    kaderbrief: {
      label: () => 'kaderbrief en voorlopige jaarrekening',
      title: (_y, recorded) => (recorded ? 'kaderbrief en voorlopige jaarrekening ontvangen' : 'kaderbrief en voorlopige jaarrekening: uiterlijk 30 april'),
      basis: 'Wgr art. 34b (termijn volgens BZK, controleer de wettekst)',
    },
    ontwerpbegroting: { label: (y) => `ontwerpbegroting ${y + 1}`, title: (y) => `ontwerpbegroting ${y + 1} ontvangen`, basis: 'Wgr art. 35 lid 1' },
    zienswijze: { label: (y) => `zienswijze op de ontwerpbegroting ${y + 1}`, title: (y) => `zienswijze raad op de ontwerpbegroting ${y + 1}: uiterlijk (berekend, controleer de brief)`, basis: 'Wgr art. 35 lid 3' },
    vaststelling: { label: (y) => `vaststelling begroting ${y + 1}`, title: (y) => `algemeen bestuur stelt de begroting ${y + 1} vast`, basis: 'Wgr art. 34 lid 1' },
    'begroting-gs': { label: (y) => `begroting ${y + 1} naar GS`, title: (y) => `vastgestelde begroting ${y + 1} naar Gedeputeerde Staten: uiterlijk`, basis: 'Wgr art. 34 lid 2 (binnen twee weken na vaststelling, vóór 15 september)' },
    'jaarrekening-gs': { label: (y) => `jaarrekening ${y - 1} naar GS`, title: (y) => `jaarrekening ${y - 1} naar Gedeputeerde Staten: uiterlijk`, basis: 'Wgr art. 34 (binnen twee weken na vaststelling, vóór 15 juli)' },
  },
  cycleDescription: (basis, unknown) => `${basis}.${unknown ? ' Nog niet bekend in het register.' : ''} Partnerwijzer, Wgr-kalender.`,
  lateKaderbrief: (party, date) => `stukken te laat: ${party} zond de kaderbrief op ${date}, na 30 april (Wgr art. 34b). Overweeg een signaal te melden.`,
  lateDraftBudget: (party, date, adopted) => `stukken te laat: ${party} zond de ontwerpbegroting op ${date}, minder dan twaalf weken vóór de vaststelling op ${adopted} (Wgr art. 35 lid 1). Overweeg een signaal te melden.`,
};
