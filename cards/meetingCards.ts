import { DateTime } from 'luxon';
import type { ChecklistTemplate } from '../domain/checklists/template';
import type { MeetingOutcome, Signal } from '../domain/meetings/types';
import { SEVERITIES, SIGNAL_CATEGORIES } from '../domain/meetings/types';
import type { Party } from '../domain/register/types';
import type { Catalogue } from '../locales';
import { formSubmit } from './actions';
import { card, type AdaptiveCardJson } from './cardKit';
import type { CardElement } from './elements';
import { escapeMarkdown } from './text';
import { newSubmitId } from './submitId';
import { partyInput, peoplePicker, type FormClient } from './formInputs';
import { timeZone } from '../domain/time/clock';

export const ACTION_ROWS = 3;
const BODIES = ['AB', 'DB', 'AvA', 'RvC', 'bestuur'];


function date(iso: string, t: Catalogue): string {
  return DateTime.fromISO(iso, { zone: timeZone() }).setLocale(t.lang === 'en' ? 'en-GB' : 'nl-NL').toFormat('d LLL yyyy');
}

export type FormValues = Record<string, string>;

/** The meeting form: errors (already worded) on top, the values typed kept in the fields. */
export function outcomeFormCard(parties: Party[], templates: ChecklistTemplate[], t: Catalogue, values: FormValues = {}, errors: string[] = [], outcomeId?: string, client: FormClient = {}): AdaptiveCardJson {
  const m = t.meeting;
  const v = (k: string) => values[k] ?? '';
  const body: CardElement[] = [{ type: 'TextBlock', text: outcomeId ? `${m.formTitle} — ${m.correct.toLowerCase()}` : m.formTitle, weight: 'Bolder', size: 'Medium', wrap: true }];
  if (errors.length > 0) {
    body.push({ type: 'TextBlock', text: m.errorsTitle, color: 'Attention', weight: 'Bolder', wrap: true });
    for (const e of errors) body.push({ type: 'TextBlock', text: `• ${e}`, color: 'Attention', wrap: true, spacing: 'None' });
  }
  body.push(
    partyInput('party', m.party, parties, v('party'), client),
    { type: 'Input.ChoiceSet', id: 'body', label: m.body, value: v('body') || 'AB', choices: BODIES.map((b) => ({ title: b, value: b })) },
    { type: 'Input.Date', id: 'date', label: m.date, value: v('date') },
    { type: 'Input.Text', id: 'decisions', label: m.decisions, isMultiline: true, value: v('decisions') },
  );
  for (let i = 1; i <= ACTION_ROWS; i++) {
    body.push({
      type: 'ColumnSet',
      spacing: 'Small',
      columns: [
        { type: 'Column', width: 'stretch', items: [{ type: 'Input.Text', id: `a${i}what`, label: `${m.action(i)}: ${m.actionWhat}`, value: v(`a${i}what`) }] },
        // Teams: its people picker (an Entra object id comes back); the web chat: a name or e-mail.
        { type: 'Column', width: 'stretch', items: [(client.teams && peoplePicker(`a${i}owner`, m.actionOwnerPicker, v(`a${i}owner`), client.teams)) || { type: 'Input.Text', id: `a${i}owner`, label: m.actionOwner, value: v(`a${i}owner`) }] },
        { type: 'Column', width: 'auto', items: [{ type: 'Input.Date', id: `a${i}due`, label: m.actionDue, value: v(`a${i}due`) }] },
      ],
    });
  }
  body.push({ type: 'Input.Text', id: 'signals', label: m.signals, isMultiline: true, value: v('signals') });
  if (!outcomeId) {
    body.push({
      type: 'Input.ChoiceSet',
      id: 'followUp',
      label: m.followUp,
      value: v('followUp') || 'geen',
      choices: [{ title: m.noFollowUp, value: 'geen' }, ...templates.map((tpl) => ({ title: t.lang === 'en' ? tpl.title.en : tpl.title.nl, value: tpl.id }))],
    });
  }
  return card(body, [formSubmit(m.save, { action: 'saveOutcome', submitId: newSubmitId(), ...(outcomeId ? { outcomeId } : {}) })]);
}

export function outcomeValues(o: MeetingOutcome): FormValues {
  const values: FormValues = { party: o.partyId, body: o.body, date: o.meetingDate, decisions: o.decisions, signals: o.signals ?? '' };
  o.actions.forEach((a, i) => {
    values[`a${i + 1}what`] = a.what;
    values[`a${i + 1}owner`] = a.owner.email ?? a.owner.name;
    values[`a${i + 1}due`] = a.due;
  });
  return values;
}

/**
 * The outcome summary. Action owners who are in the conversation (`mentions`, by lower-case e-mail)
 * are mentioned: `<at>Name</at>` in the text and a Teams msteams entity each.
 */
export function outcomeSummaryCard(o: MeetingOutcome, party: Party | undefined, t: Catalogue, mentions?: ReadonlyMap<string, { id: string; name: string }>): AdaptiveCardJson {
  const m = t.meeting;
  const entities = new Map<string, { type: 'mention'; text: string; mentioned: { id: string; name: string } }>();
  const ownerOf = (owner: { name: string; email: string | null }): string => {
    const hit = owner.email ? mentions?.get(owner.email.toLowerCase()) : undefined;
    const name = hit?.name.replace(/[<>*_\[\]\\`]/g, '').trim().slice(0, 80);
    if (!hit || !name) return escapeMarkdown(owner.name);
    const text = `<at>${name}</at>`;
    entities.set(hit.id, { type: 'mention', text, mentioned: { id: hit.id, name } });
    return text;
  };
  const body: CardElement[] = [
    { type: 'TextBlock', text: escapeMarkdown(m.summaryTitle(o.body, party?.name ?? '', date(o.meetingDate, t))), weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: m.decisionsTitle, weight: 'Bolder', wrap: true, spacing: 'Medium' },
    { type: 'TextBlock', text: escapeMarkdown(o.decisions), wrap: true },
  ];
  if (o.actions.length > 0) {
    body.push({ type: 'TextBlock', text: m.actionsTitle, weight: 'Bolder', wrap: true, spacing: 'Medium' });
    for (const a of o.actions) body.push({ type: 'TextBlock', text: m.actionLine(escapeMarkdown(a.what), ownerOf(a.owner), date(a.due, t)), wrap: true, spacing: 'None' });
  }
  if (o.signals) body.push({ type: 'TextBlock', text: m.signalsTitle, weight: 'Bolder', wrap: true, spacing: 'Medium' }, { type: 'TextBlock', text: escapeMarkdown(o.signals), wrap: true });
  body.push({ type: 'TextBlock', text: escapeMarkdown(m.loggedBy(o.createdByName ?? o.createdBy)), isSubtle: true, size: 'Small', wrap: true, spacing: 'Medium' });
  if (o.correctedAt) body.push({ type: 'TextBlock', text: m.corrected(date(o.correctedAt.slice(0, 10), t)), isSubtle: true, size: 'Small', wrap: true, spacing: 'None' });
  const out = card(body, [formSubmit(m.correct, { action: 'editOutcome', outcomeId: o.id })]);
  return entities.size > 0 ? { ...out, msteams: { entities: [...entities.values()] } } : out;
}

export function signalFormCard(parties: Party[], t: Catalogue, values: FormValues = {}, errors: string[] = [], client: FormClient = {}): AdaptiveCardJson {
  const s = t.signal;
  const v = (k: string) => values[k] ?? '';
  const body: CardElement[] = [{ type: 'TextBlock', text: s.formTitle, weight: 'Bolder', size: 'Medium', wrap: true }];
  if (errors.length > 0) {
    body.push({ type: 'TextBlock', text: s.errorsTitle, color: 'Attention', weight: 'Bolder', wrap: true });
    for (const e of errors) body.push({ type: 'TextBlock', text: `• ${e}`, color: 'Attention', wrap: true, spacing: 'None' });
  }
  body.push(
    partyInput('party', t.meeting.party, parties, v('party'), client),
    { type: 'Input.ChoiceSet', id: 'category', label: s.category, value: v('category'), choices: SIGNAL_CATEGORIES.map((c) => ({ title: s.categories[c], value: c })) },
    { type: 'Input.ChoiceSet', id: 'severity', label: s.severity, style: 'expanded', value: v('severity') || 'midden', choices: SEVERITIES.map((c) => ({ title: s.severities[c], value: c })) },
    { type: 'Input.ChoiceSet', id: 'example', label: s.example, value: v('example'), choices: s.examples.map((e) => ({ title: e, value: e })) },
    { type: 'Input.Text', id: 'description', label: s.description, isMultiline: true, value: v('description') },
  );
  return card(body, [formSubmit(s.save, { action: 'saveSignal', submitId: newSubmitId() })]);
}

export function signalCard(signal: Signal, party: Party | undefined, t: Catalogue, escalation?: { count: number }): AdaptiveCardJson {
  const s = t.signal;
  const head = escalation ? s.escalated(party?.name ?? '', escalation.count, s.severities[signal.severity]) : s.saved(party?.name ?? '');
  const body: CardElement[] = [
    { type: 'TextBlock', text: escapeMarkdown(head), weight: 'Bolder', wrap: true, ...(escalation ? { color: 'Attention' } : {}) },
    { type: 'TextBlock', text: `${s.categories[signal.category]} · ${s.severities[signal.severity]}`, isSubtle: true, wrap: true, spacing: 'None' },
    { type: 'TextBlock', text: escapeMarkdown(signal.description), wrap: true },
    { type: 'TextBlock', text: escapeMarkdown(t.meeting.loggedBy(signal.reportedByName ?? signal.reportedBy)), isSubtle: true, size: 'Small', wrap: true },
  ];
  if (escalation && party && party.riskProfile !== 'hoog') body.push({ type: 'TextBlock', text: s.raiseRisk(party.riskProfile ? t.overview.risk[party.riskProfile] : '–'), wrap: true, weight: 'Bolder' });
  return card(body);
}
