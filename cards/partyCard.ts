import type { DirectoryPerson } from '../domain/people/directory';
import type { Party, Person, Seat } from '../domain/register/types';
import type { Catalogue } from '../locales';
import { dialogButton } from './actions';
import type { AdaptiveCardJson } from './cardKit';
import type { CardElement } from './elements';
import { escapeMarkdown, formatEuro } from './text';
import { formatLocal } from '../domain/time/clock';

export interface PartyCardOptions {
  /** The sentence that answers the question, shown first. */
  answer?: string;
  /** Only these seats (a body the user asked about); all seats when undefined. */
  seats?: Seat[];
  /** Directory details per e-mail address, when Graph is configured and answered in time. */
  directory?: Map<string, DirectoryPerson>;
  /** Highlight the account holder line (for "wie is accounthouder van …"). */
  focus?: 'accountHolder' | 'portfolio';
  /** Without the follow-up buttons: a card inserted from the compose box lives outside the bot's chat. */
  withoutActions?: boolean;
  /** Latest logged meeting and what is still open. */
  status?: { lastOutcome?: { body: string; date: string; decisions: string }; openActions: number; openSignals: number };
}

/** "Anne de Vries (wethouder) · Wethouder Zorg · a.devries@… · [chat](…)" with Graph details when known. */
export function personLine(person: Person, t: Catalogue, directory?: Map<string, DirectoryPerson>): string {
  const d = person.email ? directory?.get(person.email.toLowerCase()) : undefined;
  const name = escapeMarkdown(d?.displayName ?? person.name);
  const bits = [person.function ? `${name} (${escapeMarkdown(person.function)})` : name];
  if (d?.jobTitle && d.jobTitle.toLowerCase() !== (person.function ?? '').toLowerCase()) bits.push(escapeMarkdown(d.jobTitle));
  const mail = d?.mail ?? person.email;
  if (mail) bits.push(escapeMarkdown(mail));
  if (d?.chatUrl) bits.push(`[${t.party.chat}](${d.chatUrl})`);
  return bits.join(' · ');
}

export function seatLine(seat: Seat, t: Catalogue, directory?: Map<string, DirectoryPerson>): string {
  const who = seat.person ? personLine(seat.person, t, directory) : `_${t.party.vacant}_`;
  return `**${escapeMarkdown(seat.body)}** · ${escapeMarkdown(seat.role)}: ${who}`;
}

function fact(title: string, value: string | null): { title: string; value: string } | undefined {
  return value === null || value === '' ? undefined : { title, value };
}

export function partyCard(p: Party, t: Catalogue, opts: PartyCardOptions = {}): AdaptiveCardJson {
  const f = t.party.facts;
  const na = t.party.notRecorded;
  const seats = opts.seats ?? p.seats;
  const ah = p.accountHolder ? personLine(p.accountHolder, t, opts.directory) : na;
  const facts = [
    fact(f.location, p.location ? escapeMarkdown(p.location) : null),
    fact(f.legalForm, p.legalForm ? escapeMarkdown(p.legalForm) : null),
    fact(f.publicInterest, p.publicInterest ? escapeMarkdown(p.publicInterest) : null),
    fact(f.risk, p.riskProfile ? t.overview.risk[p.riskProfile] : na),
    fact(f.financialInterest, p.financialInterestCents !== null ? formatEuro(p.financialInterestCents) : na),
    fact(f.owner, p.ownerPortfolioHolder ? escapeMarkdown(p.ownerPortfolioHolder) : na),
    fact(f.client, p.clientPortfolioHolder ? escapeMarkdown(p.clientPortfolioHolder) : na),
    fact(f.accountHolder, ah),
  ].filter((x): x is { title: string; value: string } => x !== undefined);

  const body: CardElement[] = [
    { type: 'TextBlock', text: escapeMarkdown(p.name), weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: t.party.category[p.category], isSubtle: true, spacing: 'None', wrap: true },
  ];
  if (p.archivedAt !== null) {
    body.push({ type: 'Container', style: 'warning', items: [{ type: 'TextBlock', text: t.registerAdmin.archivedBanner(formatDay(p.archivedAt)), wrap: true, weight: 'Bolder', size: 'Small' }] });
  }
  if (opts.answer) body.push({ type: 'TextBlock', text: opts.answer, wrap: true, weight: 'Bolder', spacing: 'Medium' });
  if (opts.status?.lastOutcome) {
    const lo = opts.status.lastOutcome;
    const excerpt = lo.decisions.length > 200 ? `${lo.decisions.slice(0, 199)}…` : lo.decisions;
    body.push({ type: 'TextBlock', text: `**${t.meeting.lastOutcome(escapeMarkdown(lo.body), lo.date)}**: ${escapeMarkdown(excerpt)}`, wrap: true, spacing: 'Medium' });
  }
  if (opts.status && (opts.status.openActions > 0 || opts.status.openSignals > 0)) {
    const bits = [opts.status.openActions > 0 ? t.meeting.openActionsShort(opts.status.openActions) : '', opts.status.openSignals > 0 ? t.meeting.openSignalsShort(opts.status.openSignals) : ''].filter(Boolean);
    body.push({ type: 'TextBlock', text: bits.join(' · '), wrap: true, color: opts.status.openSignals > 0 ? 'Attention' : 'Default', spacing: 'Small' });
  }
  body.push({ type: 'TextBlock', text: t.party.seatsTitle, isSubtle: true, size: 'Small', spacing: 'Medium', wrap: true });
  body.push({
    type: 'Container',
    spacing: 'Small',
    style: opts.focus === undefined ? 'default' : 'emphasis',
    items:
      seats.length === 0
        ? [{ type: 'TextBlock', text: t.party.noSeats, wrap: true, isSubtle: true }]
        : seats.map((s) => ({ type: 'TextBlock', text: seatLine(s, t, opts.directory), wrap: true, spacing: 'None' })),
  });
  // Label and value on one wrapping line rather than a FactSet: FactSet titles break mid-word on phones.
  body.push({
    type: 'Container',
    spacing: 'Medium',
    items: facts.map((fa) => ({ type: 'TextBlock', text: `**${fa.title}**: ${fa.value}`, wrap: true, spacing: 'None' })),
  });

  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions: opts.withoutActions ? [] : [
      dialogButton(t.party.buttons.change, { action: 'followUp', kind: 'change', partyId: p.id }),
      dialogButton(t.party.buttons.meeting, { action: 'followUp', kind: 'meeting', partyId: p.id }),
      dialogButton(t.party.buttons.signal, { action: 'followUp', kind: 'signal', partyId: p.id }),
    ],
  };
}

/** d-M-yyyy in Amsterdam time, as Dutch readers write a date. */
function formatDay(iso: string): string {
  return formatLocal(iso, 'd-M-yyyy');
}
