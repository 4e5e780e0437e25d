import { isComputedDeadline } from '../domain/checklists/planner';
import { DateTime } from 'luxon';
import type { ChecklistTemplate } from '../domain/checklists/template';
import type { ChecklistRun, ChecklistStep } from '../domain/checklists/types';
import type { Party } from '../domain/register/types';
import type { Catalogue } from '../locales';
import { formSubmit, type ActionOf } from './actions';
import { card, listCard, type AdaptiveCardJson } from './cardKit';
import { heading, listLine, textBlock, type CardActionElement, type CardElement, type Container, type ExecuteAction, type InputText, type ShowCardAction, type SubmitAction, type TextBlock } from './elements';
import { escapeMarkdown } from './text';
import { newSubmitId } from './submitId';
import { peoplePicker, type FormClient } from './formInputs';
import { timeZone, today as localToday } from '../domain/time/clock';

/**
 * What a checklist button sends back, as invoke data (Action.Execute) or submit value (fallback):
 * `page` is the page of open steps to show in full, `submitId` one per rendering of the card (a
 * double submit of the same form stores once).
 */
export type ChecklistActionData = ActionOf<'checklist'>;

function date(iso: string, t: Catalogue): string {
  return DateTime.fromISO(iso, { zone: timeZone() }).setLocale(t.lang === 'en' ? 'en-GB' : 'nl-NL').toFormat('d LLL yyyy');
}

/**
 * Universal Action with an Action.Submit fallback for clients without Universal Actions: both
 * carry the same data, so the bot handles either path the same way.
 */
function execute(title: string, data: ChecklistActionData, style?: 'positive', submitOnly = false): SubmitAction | ExecuteAction {
  if (submitOnly) return { type: 'Action.Submit', title, data, ...(style ? { style } : {}) };
  return {
    type: 'Action.Execute',
    title,
    verb: data.verb,
    data,
    ...(style ? { style } : {}),
    fallback: { type: 'Action.Submit', title, data },
  };
}

/** `<at>Name</at>` for an owner who is in the conversation (Teams mentions them), else undefined. */
type MentionFor = (step: ChecklistStep) => string | undefined;

function ownerText(step: ChecklistStep, t: Catalogue, mention?: MentionFor): string {
  const at = mention?.(step);
  if (at) return at;
  if (step.owner) return escapeMarkdown(step.owner.name);
  if (step.ownerRole === 'concerncontrol' || step.ownerRole === 'griffie' || step.ownerRole === 'juridisch') return t.checklist.department[step.ownerRole];
  return t.checklist.noOwner;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function markOf(step: ChecklistStep): string {
  return step.status === 'done' ? '✔' : step.status === 'na' ? '–' : '☐';
}

/** One line per step that is not shown in full (finished, or open on another page): the card stays small however long the template. */
function compactStep(step: ChecklistStep, t: Catalogue, today: string, mention?: MentionFor): TextBlock {
  const title = escapeMarkdown((t.lang === 'en' ? step.title.en : step.title.nl).slice(0, 160));
  const overdue = step.status === 'open' && step.due < today;
  const tail = step.status === 'done' ? (step.doneBy && step.doneAt ? ` · ${t.checklist.doneBy(escapeMarkdown(step.doneBy.slice(0, 60)), date(step.doneAt.slice(0, 10), t))}` : '') : step.status === 'na' ? ` · ${t.checklist.naBy(escapeMarkdown((step.doneBy ?? '').slice(0, 60)), escapeMarkdown(clip(step.reason ?? '', 120)))}` : ` · ${ownerText(step, t, mention)} · ${t.checklist.due(date(step.due, t))}${overdue ? ` · **${t.checklist.overdue}**` : ''}`;
  return { type: 'TextBlock', text: `${step.position + 1}. ${markOf(step)} ${title}${tail}`, wrap: true, size: 'Small', spacing: 'None', ...(overdue ? { color: 'Attention' } : step.status === 'open' ? {} : { isSubtle: true }) };
}

function stepBlock(run: ChecklistRun, step: ChecklistStep, t: Catalogue, today: string, submitOnly: boolean, submitId: string, mention?: MentionFor, people?: FormClient['teams']): Container {
  const title = t.lang === 'en' ? step.title.en : step.title.nl;
  const mark = `${step.position + 1}. ${markOf(step)}`;
  const overdue = step.status === 'open' && step.due < today;
  const meta = [t.checklist.audience[step.audience], ownerText(step, t, mention), t.checklist.due(date(step.due, t)), ...(overdue ? [`**${t.checklist.overdue}**`] : [])].join(' · ');
  const items: CardElement[] = [
    { type: 'TextBlock', text: `${mark} ${step.status === 'open' ? `**${escapeMarkdown(title)}**` : escapeMarkdown(title)}`, wrap: true },
    { type: 'TextBlock', text: meta, wrap: true, isSubtle: true, size: 'Small', spacing: 'None', ...(overdue ? { color: 'Attention' } : {}) },
  ];
  if (step.status === 'done' && step.doneBy && step.doneAt) items.push({ type: 'TextBlock', text: t.checklist.doneBy(escapeMarkdown(step.doneBy), date(step.doneAt.slice(0, 10), t)), wrap: true, size: 'Small', spacing: 'None', color: 'Good' });
  if (step.status === 'na') items.push({ type: 'TextBlock', text: t.checklist.naBy(escapeMarkdown(step.doneBy ?? ''), escapeMarkdown(step.reason ?? '')), wrap: true, size: 'Small', spacing: 'None' });
  // Only the latest note, shortened: the card must stay under Teams' 28 KB however much is written.
  const last = step.notes[step.notes.length - 1];
  if (last) {
    const more = step.notes.length > 1 ? ` (+${step.notes.length - 1})` : '';
    const text = last.text.length > 120 ? `${last.text.slice(0, 119)}…` : last.text;
    items.push({ type: 'TextBlock', text: `${t.checklist.note(escapeMarkdown(last.by.slice(0, 40)), escapeMarkdown(text))}${more}`, wrap: true, size: 'Small', spacing: 'None', isSubtle: true });
  }
  if (run.status === 'open') {
    const base = { action: 'checklist' as const, runId: run.id, stepId: step.stepId };
    const input = (id: string, label: string, required: boolean): InputText => ({ type: 'Input.Text', id: `${id}-${step.stepId}`, label, ...(required ? { isRequired: true, errorMessage: t.checklist.required } : {}) });
    // Only a note can be stored twice by a double submit (done, n.a. and a handover report the
    // change instead), so only its button carries the submit id: the card must stay under 28 KB.
    const showCard = (title: string, body: CardElement[], verb: ChecklistActionData['verb']): ShowCardAction => ({
      type: 'Action.ShowCard',
      title,
      card: { type: 'AdaptiveCard', body, actions: [execute(t.checklist.buttons.confirm, { ...base, verb, ...(verb === 'step.note' ? { submitId } : {}) }, undefined, submitOnly)] },
    });
    const actions: CardActionElement[] = [];
    if (step.status === 'open') {
      actions.push(execute(t.checklist.buttons.done, { ...base, verb: 'step.done' }, 'positive', submitOnly));
      actions.push(showCard(t.checklist.buttons.na, [input('reason', t.checklist.inputs.reason, true)], 'step.na'));
    }
    actions.push(showCard(t.checklist.buttons.note, [input('note', t.checklist.inputs.note, true)], 'step.note'));
    if (step.status === 'open') {
      // Teams: its people picker (an Entra object id comes back); the web chat: name and e-mail typed.
      const picker = !submitOnly && people ? peoplePicker(`owner-${step.stepId}`, t.checklist.inputs.ownerPicker, '', people, [], true, t.checklist.required) : undefined;
      actions.push(showCard(t.checklist.buttons.reassign, picker ? [picker] : [input('ownerName', t.checklist.inputs.ownerName, true), input('ownerEmail', t.checklist.inputs.ownerEmail, false)], 'step.reassign'));
    }
    items.push({ type: 'ActionSet', actions });
  }
  return { type: 'Container', separator: true, items };
}

/** Teams' maximum for refresh.userIds. */
const MAX_REFRESH_USERS = 60;
/** Teams refuses cards over 28 KB; this leaves room for a notice or demo banner added afterwards. */
export const CARD_BUDGET_BYTES = 26 * 1024;
/** At most this many open steps in full on one page; fewer when their size needs it. */
const MAX_FULL_STEPS = 10;

export interface ChecklistCardOptions {
  notice?: string;
  /** Teams user ids (MRIs, 29:…) of the people whose Teams should refresh the card (clicker, starter, owners); Teams allows 60. */
  refreshUserIds?: string[];
  today?: string;
  /** Clients without Universal Actions (the local Web Chat): plain Action.Submit buttons, no refresh. */
  submitOnly?: boolean;
  /** The page of open steps shown in full (0 = the first). */
  page?: number;
  /** Owners in the conversation by lower-case e-mail (Teams user id and name): mentioned on the card. */
  mentions?: ReadonlyMap<string, { id: string; name: string }>;
  /** Teams' people picker for a new owner, with the people it offers before anything is typed; without it, text inputs. */
  people?: FormClient['teams'];
}

/**
 * The checklist card. It stays under Teams' 28 KB whatever the template: finished steps are one
 * line each, and only one page of open steps is shown in full with its buttons; the other open
 * steps are one line each, with buttons to show their page. The page size shrinks until it fits.
 */
export function checklistCard(run: ChecklistRun, template: ChecklistTemplate | undefined, party: Party | undefined, t: Catalogue, opts: ChecklistCardOptions = {}): AdaptiveCardJson {
  const open = run.status === 'open' ? run.steps.filter((s) => s.status === 'open') : [];
  let perPage = Math.min(MAX_FULL_STEPS, Math.max(1, open.length));
  for (;;) {
    const built = build(run, template, party, t, opts, perPage);
    if (perPage <= 1 || Buffer.byteLength(JSON.stringify(built), 'utf8') <= CARD_BUDGET_BYTES) return built;
    perPage = Math.max(1, Math.floor(perPage / 2));
  }
}

function build(run: ChecklistRun, template: ChecklistTemplate | undefined, party: Party | undefined, t: Catalogue, opts: ChecklistCardOptions, perPage: number): AdaptiveCardJson {
  const today = opts.today ?? localToday();
  const templateTitle = template ? (t.lang === 'en' ? template.title.en : template.title.nl) : run.templateId;
  const finished = run.steps.filter((s) => s.status !== 'open').length;
  const body: CardElement[] = [];
  if (opts.notice) body.push({ type: 'TextBlock', text: opts.notice, wrap: true, color: 'Warning', weight: 'Bolder' });
  body.push({ type: 'TextBlock', text: escapeMarkdown(t.checklist.title(templateTitle, party?.name ?? '')), weight: 'Bolder', size: 'Medium', wrap: true });
  if (template) body.push({ type: 'TextBlock', text: t.checklist.anchor(t.lang === 'en' ? template.anchor.en : template.anchor.nl, date(run.anchorDate, t)), wrap: true, spacing: 'None', isSubtle: true });
  if (template?.deadline && run.deadline) body.push({ type: 'TextBlock', text: t.checklist.deadline(t.lang === 'en' ? template.deadline.label.en : template.deadline.label.nl, isComputedDeadline(template, run.anchorDate, run.deadline) ? `${date(run.deadline, t)}, ${t.checklist.deadlineComputed}` : date(run.deadline, t), template.deadline.basis), wrap: true, spacing: 'None', weight: 'Bolder' });
  body.push({ type: 'TextBlock', text: run.status === 'closed' && run.closedAt ? `${t.checklist.progress(finished, run.steps.length)} · ${t.checklist.closed(date(run.closedAt.slice(0, 10), t))}` : t.checklist.progress(finished, run.steps.length), wrap: true, color: run.status === 'closed' ? 'Good' : 'Accent' });
  const submitId = newSubmitId();
  // Teams mentions in a card: `<at>Name</at>` in the text and one msteams entity per person (not in the web chat).
  const entities = new Map<string, { type: 'mention'; text: string; mentioned: { id: string; name: string } }>();
  const mention: MentionFor = (step) => {
    const m = !opts.submitOnly && step.status === 'open' && step.owner?.email ? opts.mentions?.get(step.owner.email.toLowerCase()) : undefined;
    if (!m) return undefined;
    const name = m.name.replace(/[<>*_\[\]\\`]/g, '').trim().slice(0, 80);
    if (!name) return undefined;
    const text = `<at>${name}</at>`;
    entities.set(m.id, { type: 'mention', text, mentioned: { id: m.id, name } });
    return text;
  };
  const open = run.status === 'open' ? run.steps.filter((s) => s.status === 'open') : [];
  const pages = Math.max(1, Math.ceil(open.length / perPage));
  const page = Math.min(Math.max(0, Math.floor(opts.page ?? 0)), pages - 1);
  const full = new Set(open.slice(page * perPage, (page + 1) * perPage).map((s) => s.stepId));
  if (open.length > full.size) body.push({ type: 'TextBlock', text: t.teamsClient.stepsCompact(full.size, open.length), wrap: true, size: 'Small', isSubtle: true });
  // A closed checklist is all finished steps; its summary below lists who did what and when.
  if (run.status === 'open') {
    let compact: CardElement[] = [];
    const flush = () => {
      if (compact.length > 0) body.push({ type: 'Container', separator: true, items: compact });
      compact = [];
    };
    for (const step of run.steps) {
      if (full.has(step.stepId)) {
        flush();
        body.push(stepBlock(run, step, t, today, opts.submitOnly ?? false, submitId, mention, opts.people));
      } else compact.push(compactStep(step, t, today, mention));
    }
    flush();
  }
  if (pages > 1) {
    const buttons = Array.from({ length: pages }, (_, i) => i)
      .filter((i) => i !== page)
      .map((i) => {
        const slice = open.slice(i * perPage, (i + 1) * perPage);
        return execute(t.teamsClient.pageButton(slice[0].position + 1, slice[slice.length - 1].position + 1), { action: 'checklist', verb: 'page', runId: run.id, page: i }, undefined, opts.submitOnly ?? false);
      });
    body.push({ type: 'ActionSet', separator: true, actions: buttons.slice(0, 5) });
  }
  if (run.status === 'closed') {
    body.push({ type: 'TextBlock', text: t.checklist.summaryTitle, weight: 'Bolder', wrap: true, separator: true, spacing: 'Large' });
    for (const s of [...run.steps].sort((a, b) => (a.doneAt ?? '').localeCompare(b.doneAt ?? ''))) {
      body.push({ type: 'TextBlock', text: `${(s.doneAt ?? '').slice(0, 16).replace('T', ' ')} · ${escapeMarkdown(s.doneBy ?? '')} · ${escapeMarkdown(t.lang === 'en' ? s.title.en : s.title.nl)}${s.status === 'na' ? t.checklist.naSuffix : ''}`, wrap: true, size: 'Small', spacing: 'None' });
    }
  }
  const userIds = [...new Set(opts.refreshUserIds ?? [])].slice(0, MAX_REFRESH_USERS);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    ...(userIds.length > 0 && run.status === 'open' && !opts.submitOnly ? { refresh: { action: { type: 'Action.Execute', title: 'refresh', verb: 'refresh', data: { action: 'checklist', verb: 'refresh', runId: run.id } }, userIds } } : {}),
    body,
    ...(entities.size > 0 ? { msteams: { entities: [...entities.values()] } } : {}),
  };
}

/** "wijziging melden bij de GGD": which change (the procedures that fit this party), since when. */
export function chooseChangeCard(party: Party, templates: ChecklistTemplate[], t: Catalogue, opts: { preselected?: string; notice?: string; today: string }): AdaptiveCardJson {
  return card(
    [
      heading(escapeMarkdown(t.checklist.chooseTitle(party.name))),
      ...(opts.notice ? [textBlock(escapeMarkdown(opts.notice), { color: 'Attention' })] : []),
      {
        type: 'Input.ChoiceSet',
        id: 'template',
        label: t.checklist.chooseKind,
        isRequired: true,
        errorMessage: t.checklist.required,
        style: 'expanded',
        ...(opts.preselected ? { value: opts.preselected } : {}),
        choices: templates.map((tpl) => ({ title: t.lang === 'en' ? tpl.title.en : tpl.title.nl, value: tpl.id })),
      },
      { type: 'Input.Date', id: 'anchor', label: t.checklist.chooseDate, isRequired: true, errorMessage: t.checklist.required, value: opts.today },
      ...(templates.some((tpl) => tpl.deadline) ? [{ type: 'Input.Date' as const, id: 'deadline', label: t.checklist.chooseDeadline }] : []),
    ],
    [formSubmit(t.checklist.start, { action: 'startChecklist', partyId: party.id, submitId: newSubmitId() })],
  );
}

/** "mijn open stappen": the user's open steps, overdue ones marked. */
export function myOpenStepsCard(steps: { partyName: string; step: ChecklistStep }[], t: Catalogue, today: string): AdaptiveCardJson {
  const lines = steps.slice(0, 30).map(({ partyName, step }) =>
    listLine(`• ${escapeMarkdown(partyName)}: ${escapeMarkdown(t.lang === 'en' ? step.title.en : step.title.nl)} — ${t.checklist.due(step.due)}${step.due < today ? ` (**${t.checklist.overdue}**)` : ''}`),
  );
  return listCard(t.checklist.myOpenTitle, lines, t.checklist.myOpenNone);
}

/** The checklists of one party, with their progress. */
export function partyRunsCard(party: Party, runs: ChecklistRun[], templates: ChecklistTemplate[], t: Catalogue): AdaptiveCardJson {
  const title = (id: string): string => {
    const tpl = templates.find((x) => x.id === id);
    return (t.lang === 'en' ? tpl?.title.en : tpl?.title.nl) ?? id;
  };
  const lines = runs.slice(0, 20).map((r) => listLine(`• ${escapeMarkdown(t.checklist.runLine(title(r.templateId), r.steps.filter((s) => s.status !== 'open').length, r.steps.length, r.createdAt.slice(0, 10)))}`));
  return listCard(escapeMarkdown(t.checklist.partyRunsTitle(party.name)), lines, escapeMarkdown(t.checklist.partyRunsNone(party.name)));
}
