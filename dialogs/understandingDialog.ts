import type { PartyIntent } from '../cards/actions';
import { partyChoiceCard, partyNotFoundCard, personChoiceCard } from '../cards/choiceCards';
import { totalsCard, rankingCard } from '../cards/financeCards';
import { glossaryCard, unknownTermCard } from '../cards/glossaryCard';
import { guidanceCard } from '../cards/guidanceCard';
import { helpCard } from '../cards/helpCard';
import { overviewCard, partyListCard } from '../cards/overviewCard';
import { askPartyCard, formInDialogCard, notUnderstoodCard } from '../cards/readingCards';
import { formClient } from './formClient';
import { escapeMarkdown } from '../cards/text';
import type { RegisterSnapshot } from '../domain/register/registerService';
import { BBV_CATEGORIES, type Party } from '../domain/register/types';
import { PhraseBook } from '../domain/understanding/annotate';
import { nextContext } from '../domain/understanding/context';
import { isPartyIntent, isPersonIntent } from '../domain/understanding/intentNames';
import { UnderstandingModel } from '../domain/understanding/model';
import { understand, type Reading } from '../domain/understanding/understand';
import { glossaryTexts } from '../locales';
import { auditAnswer, requirePermission, rolesAnswer } from './accessDialog';
import { myOpenSteps, startChecklistFromText } from './checklistDialog';
import { agendaCard } from './calendarAnswers';
import { confirmDigest, stopDigest } from './digestDialog';
import { calendarLinkAnswer, calendarRevokeAnswer, paragraphAnswer } from './linksDialog';
import { partyAnswer, personAnswer } from './lookupDialog';
import { meetingForm, myActions, signalForm } from './meetingDialog';
import type { DialogContext, Reply } from './types';

/** Thanks or an "ok" alone, in Dutch or English. */
const THANKS = /^\s*(?:(?:ok[eé]?|okay|oké|top|super|prima|mooi|fijn|great|perfect|cool|helder|duidelijk)[\s,!.]*)?(?:dank\s*(?:je|jullie|u)?\s*(?:wel)?|dankjewel|bedankt|thanks?(?: a lot| you)?|thx|ty|top|super|prima|mooi|fijn|great|perfect|cool|helder|duidelijk|ok[eé]?|okay)?[\s!.]*$/i;
const EXPLICIT_START = /^(?:start|begin)\s+(?:de\s+|een\s+|a\s+|the\s+)?checklist\b/i;

/** One model per register snapshot and template set: rebuilt only when the register changes. */
const models = new WeakMap<RegisterSnapshot, UnderstandingModel>();
const books = new WeakMap<object, PhraseBook>();

function modelFor(ctx: DialogContext, snap: RegisterSnapshot): UnderstandingModel {
  const templates = ctx.services.checklists.templates;
  let book = books.get(templates);
  if (!book) {
    // A new template's change kinds are understood without code changes.
    const words: Record<string, string> = {};
    for (const tpl of templates) for (const k of tpl.changeKinds) words[k] = k;
    book = new PhraseBook(words);
    books.set(templates, book);
  }
  let model = models.get(snap);
  if (!model) {
    // Archived parties stay findable (their card says so); lists and slot questions use the active ones.
    model = new UnderstandingModel([...snap.byId.values()], snap.partyIndex, snap.personIndex, book);
    models.set(snap, model);
  }
  return model;
}

/** The one active party a message names, read as a signal report ("Meld als signaal"); undefined when none or several. */
export async function partyNamedIn(ctx: DialogContext, text: string): Promise<Party | undefined> {
  const snap = await ctx.services.register.snapshot();
  const r = understand(`signaal: ${text.slice(0, 2000)}`, modelFor(ctx, snap));
  return r.party?.kind === 'match' && !r.party.party.archivedAt ? r.party.party : undefined;
}

function keys(ctx: DialogContext): [string, string] {
  return [ctx.input.conversation.id.split(';')[0], ctx.input.user.aadObjectId ?? ctx.input.user.id];
}

/** A typed message: read it in the conversation's context, answer it, remember what it was about. */
export async function answerText(ctx: DialogContext): Promise<Reply[]> {
  const snap = await ctx.services.register.snapshot();
  const model = modelFor(ctx, snap);
  const [conv, user] = keys(ctx);
  const prev = await ctx.services.context.get(conv, user);
  const reading = understand(ctx.input.text, model, prev);
  const replies = await answerReading(ctx, reading, snap);
  const next = nextContext(prev, reading);
  if (next && JSON.stringify(next) !== JSON.stringify(prev)) await ctx.services.context.set(conv, user, next);
  return replies;
}

function suggestions(ctx: DialogContext, r: Reading): string[] {
  const ask = ctx.t.understand.ask;
  const out = r.alternatives.filter((a) => a.intent !== 'partyInfo' || a.party).map((a) => ask[a.intent]?.(a.party ? a.party.name : undefined)).filter((x): x is string => !!x);
  return [...new Set(out)];
}

async function answerReading(ctx: DialogContext, r: Reading, snap: RegisterSnapshot): Promise<Reply[]> {
  const { t } = ctx;
  const text = ctx.input.text.slice(0, 200);
  if (r.intent === 'help') return [{ card: helpCard(t) }];
  if (r.intent === 'unknown' && ctx.input.text.trim() !== '' && THANKS.test(ctx.input.text)) return [{ text: t.understand.welcome }];
  if (r.intent === 'unknown' && r.otherMunicipality) return [{ text: t.understand.otherMunicipality(escapeMarkdown(r.otherMunicipality)) }];
  if (r.intent === 'unknown') return [{ card: notUnderstoodCard(text, suggestions(ctx, r), t) }];

  if (isPartyIntent(r.intent)) {
    const intent = r.intent as PartyIntent;
    const p = r.party;
    if (!p) return [{ card: askPartyCard(snap.parties, intent, t, r.body ?? r.change, formClient(ctx)) }];
    if (p.kind === 'ambiguous') return [{ card: partyChoiceCard(p.candidates.map((party) => ({ party, score: 1 })), intent, t, r.body ?? r.change) }];
    if (p.kind === 'unknown') {
      const closest = p.closest.length > 0 ? p.closest : modelFor(ctx, snap).closestParties(p.phrase);
      return [{ card: partyNotFoundCard(p.phrase, closest.map((party) => ({ party, score: 0 })), t, intent) }];
    }
    // "start checklist ontwerpbegroting ODH": an explicit command naming both starts at once;
    // a change read from natural text is shown on the choice card first.
    if (intent === 'startChecklist' && r.change && EXPLICIT_START.test(ctx.input.text.trim())) return startChecklistFromText(ctx, p.party, r.change);
    return partyAnswer(ctx, p.party, intent, intent === 'startChecklist' ? r.change : r.body, r.role);
  }
  if (isPersonIntent(r.intent)) {
    const p = r.person;
    if (!p) return [{ text: t.understand.whichPerson }];
    if (p.kind === 'ambiguous') return [{ card: personChoiceCard(p.candidates, t) }];
    if (p.kind === 'unknown') return [{ text: t.notFound.person(escapeMarkdown(p.phrase)) }];
    return personAnswer(ctx, p.roles, r.intent === 'personSeats' ? undefined : r.intent);
  }
  switch (r.intent) {
    case 'overview':
      return [{ card: overviewCard(await ctx.services.register.overview(), t) }];
    case 'category': {
      const list = snap.parties.filter((p) => p.category === r.category);
      return [{ card: partyListCard(t.categoryTitle[r.category!], t.overview.summary(list.length), list, t) }];
    }
    case 'risk': {
      const levels = r.levels ?? [];
      const list = snap.parties.filter((p) => p.riskProfile !== null && levels.includes(p.riskProfile));
      if (levels.length === 1) return [{ card: partyListCard(t.riskTitle[levels[0]], t.riskSummary(list.length, levels[0]), list, t) }];
      const title = levels.map((l) => t.overview.risk[l]).join(' / ');
      return [{ card: partyListCard(title, t.overview.summary(list.length), list, t) }];
    }
    case 'glossary': {
      const texts = glossaryTexts(t.lang);
      if (r.terms.length > 0) return [{ card: glossaryCard(r.terms, texts, t) }];
      return [{ card: unknownTermCard(r.unknownTerm ?? text, texts, t) }];
    }
    case 'largestInterest':
      return [{ card: rankingCard(r.compare ?? snap.parties, t, r.ascending ?? false) }];
    case 'financialTotals':
      return [{ card: totalsCard(snap.parties, BBV_CATEGORIES, t, r.category) }];
    case 'agenda':
      return [{ card: await agendaCard(ctx, snap.byId, r.periodDays ?? 31) }];
    case 'guidance':
      return [{ card: guidanceCard(r.topic ?? 'roles', t) }];
    case 'myOpenSteps':
      return myOpenSteps(ctx);
    case 'myActions':
      return myActions(ctx);
    case 'logMeeting':
    case 'reportSignal': {
      const party = r.party?.kind === 'match' ? r.party.party : undefined;
      const kind = r.intent === 'logMeeting' ? 'meeting' : 'signal';
      // Teams opens the long form in a dialog; the local web chat (no dialogs) shows it in the chat.
      if (ctx.input.channel === 'msteams') {
        if (kind === 'meeting') {
          const refused = await requirePermission(ctx, 'outcome.log');
          if (refused) return refused;
        }
        return [{ card: formInDialogCard(kind, party, t) }];
      }
      return kind === 'meeting' ? meetingForm(ctx, party?.id) : signalForm(ctx, party?.id);
    }
    case 'subscribeDigest':
      // A write read from free text: confirmed on a card first.
      return confirmDigest(ctx, ctx.input.text);
    case 'stopDigest':
      return stopDigest(ctx);
    case 'roles':
      return rolesAnswer(ctx);
    case 'calendarLink':
      return calendarLinkAnswer(ctx);
    case 'calendarRevoke':
      return calendarRevokeAnswer(ctx);
    case 'paragraph':
      return paragraphAnswer(ctx, r.year ?? null);
    case 'audit':
      return auditAnswer(ctx);
    default:
      return [{ card: notUnderstoodCard(text, suggestions(ctx, r), t) }];
  }
}
