import type { PartyIntent } from '../cards/actions';
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
import { bodyAsked, seatsIn } from '../domain/register/seats';
import { glossaryTexts } from '../locales';
import { auditAnswer, rolesAnswer } from './accessDialog';
import { editOutcome, isPrivateChannel, latestDecisions, linkChannel, meetingForm, myActions, openActionsFor, signalForm } from './meetingDialog';
import { stopDigest, subscribeDigest } from './digestDialog';
import { chooseChangeCard, myOpenSteps, partyChecklists } from './checklistDialog';
import { calendarLinkAnswer, calendarRevokeAnswer, paragraphAnswer } from './linksDialog';
import { canonicalBody } from '../domain/understanding/lexicon';
import type { DialogContext, Reply } from './types';

/** Directory details for everyone on a card, fetched in parallel; a failing directory adds nothing. */
async function enrich(ctx: DialogContext, emails: (string | null | undefined)[]): Promise<Map<string, DirectoryPerson> | undefined> {
  const dir = ctx.services.directory;
  if (!dir) return undefined;
  const unique = [...new Set(emails.filter((e): e is string => !!e).map((e) => e.toLowerCase()))];
  const found = await Promise.all(unique.map(async (e) => [e, await dir.lookup(e).catch(() => undefined)] as const));
  return new Map(found.filter((x): x is readonly [string, DirectoryPerson] => x[1] !== undefined));
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
    // "het bestuur" of a party without a body of that name is its boards in general.
    const body = bodyAsked(party.seats, canonicalBody(rawBody));
    if (role) {
      const withRole = seatsIn(party.seats, body, role);
      if (withRole.length > 0) {
        seats = withRole;
        answer = t.understand.rolesInSeat(escapeMarkdown(role), name);
      } else answer = t.understand.noRoleInSeat(escapeMarkdown(role), name);
    } else if (body) {
      const inBody = seatsIn(party.seats, body);
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

export async function personAnswer(ctx: DialogContext, roles: PersonRoles, focus?: 'accountFor' | 'portfolioOf'): Promise<Reply[]> {
  const directory = await enrich(ctx, [roles.person.email]);
  return [{ card: personCard(roles, ctx.t, directory, focus) }];
}
