import { card, type AdaptiveCardJson } from './cardKit';
import { formSubmit } from './actions';
import { factSet, openUrl, textBlock, type CardElement, type TextColor } from './elements';
import { escapeMarkdown } from './text';
import type { ImportPlan } from '../domain/register/importPlan';
import type { Notice } from '../domain/register/registerCsv';
import { formatCentsDutch } from '../domain/register/amounts';
import { RISK_PROFILES, type Party } from '../domain/register/types';
import type { Catalogue } from '../locales';
import type { CliCatalogue } from '../locales/catalogue';

/** Lines on a card are capped so a large import stays well under Teams' 28 KB. */
const MAX_LINES = 40;
const MAX_SEATS = 12;

/** Longest single line on a card: a 4,000-character risicos text must not blow the 28 KB limit. */
const MAX_LINE = 240;
const MAX_WARNINGS = 20;
const clip = (s: string): string => (s.length > MAX_LINE ? `${s.slice(0, MAX_LINE - 1)}…` : s);
const text = textBlock;

export function planCountsText(plan: ImportPlan, t: Catalogue): string {
  const c = t.registerAdmin.counts;
  const restored = plan.updated.filter((u) => u.restored).length;
  return [`${plan.added.length} ${c.added.toLowerCase()}`, `${plan.updated.length - restored} ${c.updated.toLowerCase()}`, `${plan.archived.length} ${c.archived.toLowerCase()}`, `${restored} ${c.restored.toLowerCase()}`, `${plan.unchanged} ${c.unchanged.toLowerCase()}`].join(', ');
}

/** Problems in an uploaded file: nothing stored, each with its line (and cell). */
export function fileProblemsCard(file: string, lines: string[], t: Catalogue): AdaptiveCardJson {
  const shown = lines.slice(0, MAX_LINES);
  return card([
    text(escapeMarkdown(t.registerAdmin.problemsTitle(file, lines.length)), { weight: 'Bolder', color: 'Attention', size: 'Medium' }),
    ...shown.map((l) => text(escapeMarkdown(clip(l)), { spacing: 'None', size: 'Small' })),
    ...(lines.length > shown.length ? [text(t.registerAdmin.more(lines.length - shown.length), { isSubtle: true, size: 'Small' })] : []),
    text(t.registerAdmin.problemsFooter, { spacing: 'Medium' }),
  ]);
}

/** The preview of an upload: counts, the changes field by field, the warnings; Toepassen or Annuleren. */
export function previewCard(file: string, previewId: string, plan: ImportPlan, notices: Notice[], lines: string[], t: Catalogue, cli: CliCatalogue): AdaptiveCardJson {
  const a = t.registerAdmin;
  const restored = plan.updated.filter((u) => u.restored).length;
  const body: CardElement[] = [
    text(escapeMarkdown(a.previewTitle(file)), { weight: 'Bolder', size: 'Medium' }),
    factSet([
      { title: a.counts.added, value: String(plan.added.length) },
      { title: a.counts.updated, value: String(plan.updated.length - restored) },
      { title: a.counts.archived, value: String(plan.archived.length) },
      { title: a.counts.restored, value: String(restored) },
      { title: a.counts.unchanged, value: String(plan.unchanged) },
    ]),
  ];
  for (const n of notices) body.push(text(escapeMarkdown(cli.notice(n)), { color: 'Warning', size: 'Small' }));
  if (plan.warnings.length > 0) {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [
        text(`**${cli.warningsTitle}**`),
        ...plan.warnings.slice(0, MAX_WARNINGS).map((w) => text(`• ${escapeMarkdown(clip(cli.warning(w)))}`, { spacing: 'None', size: 'Small' })),
        ...(plan.warnings.length > MAX_WARNINGS ? [text(a.more(plan.warnings.length - MAX_WARNINGS), { isSubtle: true, size: 'Small' })] : []),
      ],
    });
  }
  const changeLines = lines.filter((l) => !l.startsWith(cli.warningsTitle) && !l.startsWith('  !'));
  if (changeLines.length === 0) body.push(text(a.nothingChanges));
  else {
    body.push(text(a.changesTitle, { weight: 'Bolder', spacing: 'Medium' }));
    const shown = changeLines.slice(0, MAX_LINES);
    for (const l of shown) body.push(text(escapeMarkdown(clip(l.trim())), { spacing: 'None', size: 'Small', fontType: l.startsWith('    ') ? 'Monospace' : 'Default' }));
    if (changeLines.length > shown.length) body.push(text(a.more(changeLines.length - shown.length), { isSubtle: true, size: 'Small' }));
  }
  const actions = changeLines.length === 0
    ? [formSubmit(a.cancel, { action: 'registerCancel', previewId })]
    : [formSubmit(a.apply, { action: 'registerApply', previewId }, 'positive'), formSubmit(a.cancel, { action: 'registerCancel', previewId })];
  return card(body, actions);
}

/** The second confirmation for an import that archives more than a third of the register. */
export function confirmForceCard(previewId: string, plan: ImportPlan, t: Catalogue): AdaptiveCardJson {
  const a = t.registerAdmin;
  return card(
    [text(a.confirmForceTitle, { weight: 'Bolder', size: 'Medium', color: 'Attention' }), text(a.confirmForce(plan.archived.length, plan.activeBefore)), ...plan.archived.slice(0, MAX_LINES).map((p) => text(`• ${escapeMarkdown(clip(p.name))} [${p.code}]`, { spacing: 'None', size: 'Small' }))],
    [
      formSubmit(a.confirmForceButton, { action: 'registerApply', previewId, force: true }, 'destructive'),
      formSubmit(a.cancel, { action: 'registerCancel', previewId }),
    ],
  );
}

export function messageCard(message: string, opts: { color?: TextColor; undo?: boolean; t?: Catalogue } = {}): AdaptiveCardJson {
  const body = [text(escapeMarkdown(message), opts.color ? { color: opts.color, weight: 'Bolder' } : {})];
  if (opts.undo && opts.t) body.push(text(opts.t.registerAdmin.undoHint, { isSubtle: true, size: 'Small' }));
  return card(body, opts.undo && opts.t ? [formSubmit(opts.t.registerAdmin.undoButton, { action: 'registerUndo' })] : []);
}

export interface EditValues {
  ahName?: string;
  ahEmail?: string;
  risk?: string;
  money?: string;
  owner?: string;
  seats?: { name: string; email: string }[];
}

/** The small-edit form with the party's current values (or what was typed, with the problems). */
export function editFormCard(p: Party, revision: number, t: Catalogue, values: EditValues = {}, errors: string[] = []): AdaptiveCardJson {
  const a = t.registerAdmin;
  const f = a.fields;
  const seats = p.seats.slice(0, MAX_SEATS);
  const body: CardElement[] = [text(escapeMarkdown(a.editTitle(p.name)), { weight: 'Bolder', size: 'Medium' }), text(a.editIntro, { isSubtle: true, size: 'Small' })];
  if (errors.length > 0) body.push({ type: 'Container', style: 'attention', items: errors.map((e) => text(escapeMarkdown(e), { size: 'Small', spacing: 'None' })) });
  seats.forEach((s, i) => {
    const v = values.seats?.[i];
    body.push(
      text(escapeMarkdown(a.seatLabel(s.body, s.role)), { weight: 'Bolder', spacing: 'Medium', size: 'Small' }),
      {
        type: 'ColumnSet',
        spacing: 'None',
        columns: [
          { type: 'Column', width: 'stretch', items: [{ type: 'Input.Text', id: `seat${i}Name`, placeholder: a.personName, value: v?.name ?? s.person?.name ?? '', maxLength: 200 }] },
          { type: 'Column', width: 'stretch', items: [{ type: 'Input.Text', id: `seat${i}Email`, placeholder: a.personEmail, style: 'Email', value: v?.email ?? s.person?.email ?? '', maxLength: 254 }] },
        ],
      },
    );
  });
  body.push(
    { type: 'Input.Text', id: 'ahName', label: f.accountHolder, value: values.ahName ?? p.accountHolder?.name ?? '', maxLength: 200, spacing: 'Medium' },
    { type: 'Input.Text', id: 'ahEmail', label: f.accountHolderEmail, style: 'Email', value: values.ahEmail ?? p.accountHolder?.email ?? '', maxLength: 254 },
    { type: 'Input.Text', id: 'owner', label: f.owner, value: values.owner ?? p.ownerPortfolioHolder ?? '', maxLength: 200 },
    {
      type: 'Input.ChoiceSet',
      id: 'risk',
      label: f.risk,
      style: 'compact',
      value: values.risk || p.riskProfile || 'none',
      choices: [{ title: f.noRisk, value: 'none' }, ...RISK_PROFILES.map((r) => ({ title: r, value: r }))],
    },
    { type: 'Input.Text', id: 'money', label: f.financialInterest, value: values.money ?? (p.financialInterestCents === null ? '' : formatCentsDutch(p.financialInterestCents)), maxLength: 40 },
  );
  return card(body, [formSubmit(a.save, { action: 'registerEditSave', partyId: p.id, revision }, 'positive')]);
}

export function archiveConfirmCard(p: Party, t: Catalogue): AdaptiveCardJson {
  const a = t.registerAdmin;
  return card(
    [text(escapeMarkdown(a.archiveTitle(p.name)), { weight: 'Bolder', size: 'Medium' }), text(escapeMarkdown(a.archiveConfirm(p.name)))],
    [
      formSubmit(a.archiveButton, { action: 'registerArchive', partyId: p.id }, 'destructive'),
      formSubmit(a.cancel, { action: 'registerDismiss' }),
    ],
  );
}

export function downloadLinksCard(links: Record<'xlsx' | 'csv', string>, t: Catalogue): AdaptiveCardJson {
  return card([text(t.registerAdmin.exportLinks)], [
    openUrl('Excel (.xlsx)', links.xlsx),
    openUrl('CSV', links.csv),
  ]);
}
