import type { CardAction } from '../cards/actions';
import { partyChoiceCard, partyNotFoundCard, personChoiceCard } from '../cards/choiceCards';
import { glossaryCard, unknownTermCard } from '../cards/glossaryCard';
import { overviewCard, partyListCard } from '../cards/overviewCard';
import { partyCard } from '../cards/partyCard';
import { personCard } from '../cards/personCard';
import { escapeMarkdown, formatEuro } from '../cards/text';
import { confirmCard } from '../cards/readingCards';
import { nextMeetingCard, zienswijzeCard } from './calendarAnswers';
import { findTerm, type GlossaryId } from '../domain/glossary/terms';
import type { DirectoryPerson } from '../domain/people/directory';
import type { PersonRoles } from '../domain/register/personIndex';
import type { Party, Seat } from '../domain/register/types';
import { foldText } from '../domain/register/nameNormalize';
import { glossaryTexts } from '../locales';
import { auditAnswer, rolesAnswer } from './accessDialog';
import { editOutcome, isPrivateChannel, latestDecisions, linkChannel, meetingForm, myActions, openActionsFor, signalForm } from './meetingDialog';
import { stopDigest, subscribeDigest } from './digestDialog';
import { chooseChangeCard, myOpenSteps, partyChecklists } from './checklistDialog';
import { calendarLinkAnswer, calendarRevokeAnswer, paragraphAnswer } from './linksDialog';
import { canonicalBody, type Intent } from './intents';
import type { DialogContext, Reply } from './types';

type PartyIntent = Extract<CardAction, { action: 'party' }>['intent'];

/** Directory details for everyone on a card, fetched in parallel; a failing directory adds nothing. */
async function enrich(ctx: DialogContext, emails: (string | null | undefined)[]): Promise<Map<string, DirectoryPerson> | undefined> {
  const dir = ctx.services.directory;
  if (!dir) return undefined;
  const unique = [...new Set(emails.filter((e): e is string => !!e).map((e) => e.toLowerCase()))];
  const found = await Promise.all(unique.map(async (e) => [e, await dir.lookup(e).catch(() => undefined)] as const));
  return new Map(found.filter((x): x is readonly [string, DirectoryPerson] => x[1] !== undefined));
}

function sameBody(a: string, b: string): boolean {
  return foldText(a).trim() === foldText(b).trim();
}

/** The answer card for a resolved party, shaped by what was asked. */
export async function partyAnswer(ctx: DialogContext, party: Party, intent: PartyIntent, rawBody?: string, role?: string): Promise<Reply[]> {
  if (intent === 'startChecklist') return [{ card: chooseChangeCard(ctx, party, rawBody) }];
  if (intent === 'nextMeeting') return [{ card: await nextMeetingCard(ctx, party, canonicalBody(rawBody)) }];
  if (intent === 'zienswijzeDeadline') return [{ card: await zienswijzeCard(ctx, party) }];
  if (intent === 'linkChannel') {
    if (ctx.input.conversation.type !== 'channel') return [{ text: ctx.t.meeting.linkOnlyInChannel }];
    if (isPrivateChannel(ctx)) return [{ text: ctx.t.teamsClient.privateChannel }];
    return [{ card: confirmCard(ctx.t.understand.confirmLink(escapeMarkdown(party.name)), { action: 'confirm', what: 'link', partyId: party.id }, ctx.t) }];
  }
  if (intent === 'logMeeting') return meetingForm(ctx, party.id);
  if (intent === 'latestDecisions') return latestDecisions(ctx, party, canonicalBody(rawBody));
  if (intent === 'openActions') return openActionsFor(ctx, party);
  if (intent === 'reportSignal') return signalForm(ctx, party.id);
  if (intent === 'partyChecklists') return partyChecklists(ctx, party);
  const { t } = ctx;
  const name = escapeMarkdown(party.name);
  const directory = await enrich(ctx, [...party.seats.map((s) => s.person?.email), party.accountHolder?.email]);
  let answer: string | undefined;
  let seats: Seat[] | undefined;
  let focus: 'accountHolder' | 'portfolio' | undefined;
  if (intent === 'represent') {
    const body = canonicalBody(rawBody);
    if (role) {
      const withRole = party.seats.filter((s) => foldText(s.role).includes(foldText(role)) && (!body || sameBody(s.body, body)));
      if (withRole.length > 0) {
        seats = withRole;
        answer = t.understand.rolesInSeat(escapeMarkdown(role), name);
      } else answer = t.understand.noRoleInSeat(escapeMarkdown(role), name);
    } else if (body) {
      const inBody = party.seats.filter((s) => sameBody(s.body, body));
      if (inBody.length > 0) {
        seats = inBody;
        answer = t.party.bodySummary(escapeMarkdown(body), name);
      } else answer = t.party.noSuchBody(escapeMarkdown(body), name);
    } else answer = t.party.representSummary(name);
  } else if (intent === 'accountHolder') {
    focus = 'accountHolder';
    answer = party.accountHolder ? t.party.accountHolder(name, escapeMarkdown(party.accountHolder.name)) : t.party.noAccountHolder(name);
  } else if (intent === 'portfolioHolder') {
    focus = 'portfolio';
    answer = t.party.portfolio(name);
  } else if (intent === 'financialInterest') {
    answer = party.financialInterestCents !== null ? t.understand.financial(name, formatEuro(party.financialInterestCents)) : t.understand.noFinancial(name);
  } else if (intent === 'publicInterest') {
    answer = party.publicInterest ? t.understand.publicInterest(name, escapeMarkdown(party.publicInterest)) : t.understand.noPublicInterest(name);
  }
  const [last, open, signals] = await Promise.all([ctx.services.meetings.latest(party.id), ctx.services.meetings.openActions({ partyId: party.id }), ctx.services.meetings.openSignals(party.id)]);
  const status = { lastOutcome: last ? { body: last.body, date: last.meetingDate, decisions: last.decisions } : undefined, openActions: open.length, openSignals: signals.length };
  return [{ card: partyCard(party, t, { answer, seats, directory, focus, status }) }];
}

export async function resolvePartyThen(ctx: DialogContext, phrase: string, intent: PartyIntent, body?: string, explicit = true): Promise<Reply[] | undefined> {
  const snap = await ctx.services.register.snapshot();
  const r = snap.partyIndex.resolve(phrase);
  if (r.kind === 'match') return partyAnswer(ctx, r.party, intent, body);
  if (r.kind === 'ambiguous') return [{ card: partyChoiceCard(r.candidates, intent, ctx.t, body) }];
  if (!explicit) return undefined;
  return [{ card: partyNotFoundCard(phrase, r.closest, ctx.t, intent) }];
}

export async function personAnswer(ctx: DialogContext, roles: PersonRoles, focus?: 'accountFor' | 'portfolioOf'): Promise<Reply[]> {
  const directory = await enrich(ctx, [roles.person.email]);
  return [{ card: personCard(roles, ctx.t, directory, focus) }];
}

/** Runs one classified question. */
export async function answerIntent(ctx: DialogContext, intent: Intent): Promise<Reply[]> {
  const { t, services } = ctx;
  switch (intent.kind) {
    case 'overview':
      return [{ card: overviewCard(await services.register.overview(), t) }];
    case 'category': {
      const { parties } = await services.register.snapshot();
      const list = parties.filter((p) => p.category === intent.category);
      return [{ card: partyListCard(t.categoryTitle[intent.category], t.overview.summary(list.length), list, t) }];
    }
    case 'risk': {
      const { parties } = await services.register.snapshot();
      const list = parties.filter((p) => p.riskProfile === intent.level);
      return [{ card: partyListCard(t.riskTitle[intent.level], t.riskSummary(list.length, intent.level), list, t) }];
    }
    case 'represent':
      return (await resolvePartyThen(ctx, intent.party, 'represent', intent.body)) ?? [];
    case 'accountHolder':
      return (await resolvePartyThen(ctx, intent.party, 'accountHolder')) ?? [];
    case 'portfolioHolder':
      return (await resolvePartyThen(ctx, intent.party, 'portfolioHolder')) ?? [];
    case 'partyInfo': {
      const replies = await resolvePartyThen(ctx, intent.party, 'partyInfo', undefined, intent.explicit);
      return replies ?? [{ text: t.notUnderstood(escapeMarkdown(ctx.input.text.slice(0, 200))) }];
    }
    case 'personSeats': {
      const snap = await services.register.snapshot();
      const r = snap.personIndex.resolve(intent.person);
      if (r.kind === 'match') return personAnswer(ctx, r.roles);
      if (r.kind === 'ambiguous') return [{ card: personChoiceCard(r.candidates, t) }];
      return [{ text: t.notFound.person(escapeMarkdown(intent.person)) }];
    }
    case 'glossary': {
      const texts = glossaryTexts(t.lang);
      const ids = intent.terms.map((term) => findTerm(term));
      if (ids.every((id): id is GlossaryId => id !== undefined)) return [{ card: glossaryCard(ids, texts, t) }];
      if (intent.terms.length === 1) {
        // "wat is de GGD?": not a term, but maybe a party
        const asParty = await resolvePartyThen(ctx, intent.terms[0], 'partyInfo', undefined, false);
        if (asParty) return asParty;
      }
      const missing = intent.terms.find((term, i) => ids[i] === undefined) ?? intent.terms[0];
      return [{ card: unknownTermCard(missing, texts, t) }];
    }
    case 'startChecklist':
      return (await resolvePartyThen(ctx, intent.party, 'startChecklist', intent.change)) ?? [];
    case 'partyChecklists':
      return (await resolvePartyThen(ctx, intent.party, 'partyChecklists')) ?? [];
    case 'myOpenSteps':
      return myOpenSteps(ctx);
    case 'subscribeDigest':
      return subscribeDigest(ctx, intent.text);
    case 'stopDigest':
      return stopDigest(ctx);
    case 'logMeeting':
      return intent.party ? ((await resolvePartyThen(ctx, intent.party, 'logMeeting')) ?? []) : meetingForm(ctx);
    case 'latestDecisions':
      return (await resolvePartyThen(ctx, intent.party, 'latestDecisions', intent.body)) ?? [];
    case 'openActions':
      return (await resolvePartyThen(ctx, intent.party, 'openActions')) ?? [];
    case 'myActions':
      return myActions(ctx);
    case 'reportSignal':
      return intent.party ? ((await resolvePartyThen(ctx, intent.party, 'reportSignal')) ?? []) : signalForm(ctx);
    case 'linkChannel':
      return (await resolvePartyThen(ctx, intent.party, 'linkChannel')) ?? [];
    case 'roles':
      return rolesAnswer(ctx);
    case 'calendarLink':
      return calendarLinkAnswer(ctx);
    case 'calendarRevoke':
      return calendarRevokeAnswer(ctx);
    case 'paragraph':
      return paragraphAnswer(ctx, intent.year);
    case 'audit':
      return auditAnswer(ctx);
    case 'help':
    case 'none':
      return [];
  }
}

/** A button press from one of our cards. */
export async function answerCardAction(ctx: DialogContext, action: CardAction): Promise<Reply[]> {
  const { t, services } = ctx;
  switch (action.action) {
    case 'party': {
      const snap = await services.register.snapshot();
      const party = snap.byId.get(action.partyId);
      if (!party) return [{ text: t.party.goneParty }];
      return partyAnswer(ctx, party, action.intent, action.body, action.role);
    }
    case 'confirm': {
      if (action.what === 'digest') return subscribeDigest(ctx, action.text);
      const party = (await services.register.snapshot()).byId.get(action.partyId);
      return party ? linkChannel(ctx, party) : [{ text: t.party.goneParty }];
    }
    case 'cancel':
      return [{ text: t.understand.cancelled }];
    case 'person': {
      const snap = await services.register.snapshot();
      const r = snap.personIndex.byKey(action.key);
      return r ? personAnswer(ctx, r) : [{ text: t.notFound.person(escapeMarkdown(action.key)) }];
    }
    case 'followUp': {
      if (action.kind === 'change') {
        const party = (await services.register.snapshot()).byId.get(action.partyId);
        return party ? [{ card: chooseChangeCard(ctx, party) }] : [{ text: t.party.goneParty }];
      }
      return action.kind === 'meeting' ? meetingForm(ctx, action.partyId) : signalForm(ctx, action.partyId);
    }
    case 'editOutcome':
      return editOutcome(ctx, action.outcomeId);
    case 'revokeCalendar':
      return calendarRevokeAnswer(ctx);
    case 'ask':
      return []; // turned into text by the bot layer before routing
  }
}
