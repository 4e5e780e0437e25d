import type { ActionOf } from '../cards/actions';
import {
  archiveConfirmCard,
  confirmForceCard,
  downloadLinksCard,
  editFormCard,
  fileProblemsCard,
  messageCard,
  planCountsText,
  previewCard,
  type EditValues,
} from '../cards/registerCards';
import { escapeMarkdown } from '../cards/text';
import { formatPlan } from '../locales/planText';
import { parseAmountToCents } from '../domain/register/amounts';
import { validateParty } from '../domain/register/registerCsv';
import { MAX_FILE_BYTES, parseRegisterFile } from '../domain/register/registerFile';
import { registerToXlsx } from '../domain/register/registerXlsx';
import { RISK_PROFILES, type Party, type RiskProfile } from '../domain/register/types';
import { cliCatalogue } from '../locales/cli';
import { requirePermission } from './accessDialog';
import { formInDialogCard } from '../cards/readingCards';
import type { DialogContext, DialogServices, Reply, TurnInput, UploadedFile } from './types';
import { formatLocal, today } from '../domain/time/clock';

/**
 * Register administration in chat, for register administrators: upload a file → preview →
 * Toepassen/Annuleren; export; small edits by form; archive and restore; undo the last change.
 * Recognised here (before the general intents) so the NLU layer stays untouched.
 */
export type EditField = 'seats' | 'accountHolder' | 'risk' | 'money' | 'owner' | 'any';

export type RegisterCommand =
  | { kind: 'upload'; file: UploadedFile }
  | { kind: 'export' }
  | { kind: 'undo' }
  | { kind: 'edit'; party: string; field: EditField; value?: RiskProfile }
  | { kind: 'archive'; party: string }
  | { kind: 'restore'; party: string }
  | { kind: 'action'; action: RegisterAction };

/** The buttons of this dialog's cards (their schema is in cards/actions.ts). */
export type RegisterAction = ActionOf<'registerApply' | 'registerCancel' | 'registerUndo' | 'registerDismiss' | 'registerArchive' | 'registerEditSave'>;

const FIELD_WORDS: Record<string, EditField> = {
  vertegenwoordiger: 'seats', vertegenwoordiging: 'seats', vertegenwoordigers: 'seats', representative: 'seats', zetels: 'seats',
  accounthouder: 'accountHolder', 'account holder': 'accountHolder',
  risicoprofiel: 'risk', 'risk profile': 'risk',
  portefeuillehouder: 'owner', 'portfolio holder': 'owner',
  'financieel belang': 'money', 'financial interest': 'money',
};
const FIELD_RE = Object.keys(FIELD_WORDS).sort((a, b) => b.length - a.length).join('|');
const RISK_WORDS: Record<string, RiskProfile> = { laag: 'laag', low: 'laag', midden: 'midden', medium: 'midden', hoog: 'hoog', high: 'hoog' };

const PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => RegisterCommand }[] = [
  { re: /^(?:exporteer|download|export)\s+(?:het\s+|the\s+)?register$|^register\s+(?:exporteren|downloaden)$/, make: () => ({ kind: 'export' }) },
  { re: /^(?:laatste wijziging ongedaan(?: maken)?|maak de laatste wijziging ongedaan|undo(?: the)?(?: last change)?)$/, make: () => ({ kind: 'undo' }) },
  {
    re: new RegExp(`^(${FIELD_RE}) (?:van|of) (.+?) (?:naar|to) (laag|midden|hoog|low|medium|high)$`),
    make: (m) => ({ kind: 'edit', field: FIELD_WORDS[m[1]], party: m[2], value: RISK_WORDS[m[3]] }),
  },
  {
    re: new RegExp(`^(?:wijzig|verander|nieuwe|nieuw|change|new|edit)(?: de| het| the)? (${FIELD_RE}) (?:bij|voor|van|at|for|of) (.+)$`),
    make: (m) => ({ kind: 'edit', field: FIELD_WORDS[m[1]], party: m[2] }),
  },
  { re: /^(?:bewerk|edit) (?:partij |party )?(.+)$/, make: (m) => ({ kind: 'edit', field: 'any', party: m[1] }) },
  { re: /^(?:partij |party )?(?:archiveer|archive)(?: partij| party)?(?: (.+))?$/, make: (m) => ({ kind: 'archive', party: m[1] ?? '' }) },
  { re: /^(?:partij |party )?(.*?) ?archiveren$/, make: (m) => ({ kind: 'archive', party: m[1] }) },
  { re: /^(?:herstel|restore) (?:partij |party )?(.+)$/, make: (m) => ({ kind: 'restore', party: m[1] }) },
];

/** Recognises a register-administration turn (a file or a phrase; its buttons come as card actions); undefined otherwise. */
export function matchRegisterAdmin(input: TurnInput): RegisterCommand | undefined {
  const file = input.files?.[0];
  if (file) return { kind: 'upload', file };
  const text = input.text.toLowerCase().replace(/[?!.]+$/, '').replace(/\s+/g, ' ').trim();
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (m) return p.make(m);
  }
  return undefined;
}

const actorOf = (ctx: DialogContext): string => ctx.input.user.aadObjectId ?? ctx.input.user.id;
const day = (iso: string): string => formatLocal(iso, 'd-M-yyyy');
const when = (iso: string): string => formatLocal(iso, 'd-M-yyyy HH:mm');

export async function registerAdminTurn(ctx: DialogContext, cmd: RegisterCommand): Promise<Reply[]> {
  if (cmd.kind === 'action' && cmd.action.action === 'registerDismiss') return [{ text: ctx.t.registerAdmin.cancelled }];
  const refused = await requirePermission(ctx, cmd.kind === 'upload' || (cmd.kind === 'action' && cmd.action.action === 'registerApply') ? 'register.import' : 'register.edit');
  if (refused) return refused;
  switch (cmd.kind) {
    case 'upload':
      return upload(ctx, cmd.file);
    case 'export':
      return exportRegister(ctx);
    case 'undo':
      return undo(ctx);
    case 'edit':
    case 'archive':
    case 'restore':
      return partyCommand(ctx, cmd);
    case 'action':
      return action(ctx, cmd.action);
  }
}

async function upload(ctx: DialogContext, file: UploadedFile): Promise<Reply[]> {
  const a = ctx.t.registerAdmin;
  const cli = cliCatalogue(ctx.t.lang);
  if (ctx.input.channel === 'msteams' && ctx.input.conversation.type !== 'personal') return [{ text: a.personalOnly }];
  const bytes = ctx.services.download ? await ctx.services.download(file.downloadUrl, MAX_FILE_BYTES) : 'failed';
  if (bytes === 'too_large') return [{ card: messageCard(a.fileTooLarge(MAX_FILE_BYTES / 1024 / 1024), { color: 'Attention' }) }];
  if (bytes === 'failed') return [{ card: messageCard(a.downloadFailed, { color: 'Attention' }) }];
  const parsed = await parseRegisterFile(bytes, file.name);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => cli.chatProblem(p.line, p.cell, p.column, cli.csvReason(p.reason)));
    return [{ card: fileProblemsCard(file.name, lines, ctx.t) }];
  }
  const { plan, revision } = await ctx.services.register.preview(parsed.parties);
  if (plan.problems.length > 0) return [{ card: fileProblemsCard(file.name, plan.problems.map((p) => cli.planProblem(p)), ctx.t) }];
  const previewId = await ctx.services.register.previews.savePreview({ actor: actorOf(ctx), fileName: file.name, baseRevision: revision, incoming: parsed.parties });
  return [{ card: previewCard(file.name, previewId, plan, parsed.notices, formatPlan(plan, cli), ctx.t, cli) }];
}

async function action(ctx: DialogContext, act: RegisterAction): Promise<Reply[]> {
  const a = ctx.t.registerAdmin;
  const register = ctx.services.register;
  switch (act.action) {
    case 'registerApply': {
      const preview = await register.previews.getPreview(act.previewId);
      if (!preview || preview.status !== 'open') return [{ card: messageCard(a.previewGone) }];
      if (preview.actor !== actorOf(ctx)) return [{ card: messageCard(a.notYourPreview, { color: 'Attention' }) }];
      const result = await register.apply(preview.incoming, { actor: actorOf(ctx), expectedRevision: preview.baseRevision, force: act.force === true });
      switch (result.status) {
        case 'stale':
          await register.previews.closePreview(preview.id, 'cancelled');
          return [{ card: messageCard(a.stale, { color: 'Attention' }) }];
        case 'needs_force':
          return [{ card: confirmForceCard(preview.id, result.plan, ctx.t) }];
        case 'problems':
          return [{ card: fileProblemsCard(preview.fileName, result.plan.problems.map((p) => cliCatalogue(ctx.t.lang).planProblem(p)), ctx.t) }];
        case 'applied':
          await register.previews.closePreview(preview.id, 'applied');
          return [{ card: messageCard(a.applied(planCountsText(result.plan, ctx.t)), { undo: true, t: ctx.t }) }];
      }
      break;
    }
    case 'registerCancel': {
      const preview = await register.previews.getPreview(act.previewId);
      if (!preview || preview.status !== 'open') return [{ card: messageCard(a.previewGone) }];
      await register.previews.closePreview(preview.id, 'cancelled');
      return [{ card: messageCard(a.cancelled) }];
    }
    case 'registerUndo':
      return undo(ctx);
    case 'registerArchive': {
      const r = await register.archiveParty(act.partyId, actorOf(ctx));
      if (r.status === 'saved') return [{ card: messageCard(a.archived(r.party.name, day(r.party.archivedAt ?? new Date().toISOString())), { undo: true, t: ctx.t }) }];
      if (r.status === 'unchanged') return [{ card: messageCard(a.alreadyArchived(r.party.name)) }];
      return [{ card: messageCard(a.editStale, { color: 'Attention' }) }];
    }
    case 'registerEditSave':
      return saveEdit(ctx, act);
    case 'registerDismiss':
      return [{ text: a.cancelled }];
  }
  return [];
}

async function undo(ctx: DialogContext): Promise<Reply[]> {
  const a = ctx.t.registerAdmin;
  const r = await ctx.services.register.undoLast(actorOf(ctx));
  if (r.status === 'nothing') return [{ card: messageCard(a.undoNothing) }];
  if (r.status === 'too_old') return [{ card: messageCard(a.undoTooOld(when(r.change.at)), { color: 'Attention' }) }];
  return [{ card: messageCard(a.undone(r.change.kind, r.change.actor, when(r.change.at))) }];
}

/** The register file for the export: Excel, named by date. */
export async function registerExportFile(services: DialogServices): Promise<{ name: string; bytes: Buffer }> {
  const { parties } = await services.register.snapshot();
  return { name: `register-verbonden-partijen-${today()}.xlsx`, bytes: await registerToXlsx(parties) };
}

/** After a file consent accept: the administrator check again, then the file; refusal replies otherwise. */
export async function exportForConsent(ctx: DialogContext, context: unknown): Promise<{ name: string; bytes: Buffer } | Reply[]> {
  if ((context as { kind?: unknown } | undefined)?.kind !== 'registerExport') return [{ text: ctx.t.unknownAction }];
  const refused = await requirePermission(ctx, 'register.edit');
  if (refused) return refused;
  return registerExportFile(ctx.services);
}

async function exportRegister(ctx: DialogContext): Promise<Reply[]> {
  const a = ctx.t.registerAdmin;
  if (ctx.input.channel === 'msteams') {
    if (ctx.input.conversation.type !== 'personal') return [{ text: a.personalOnly }];
    const file = await registerExportFile(ctx.services);
    return [{ fileConsent: { name: file.name, description: a.exportConsent, sizeInBytes: file.bytes.length, context: { kind: 'registerExport' } } }];
  }
  const links = await ctx.services.links.registerLinks(actorOf(ctx), today());
  return [{ card: downloadLinksCard(links, ctx.t) }];
}

async function partyCommand(ctx: DialogContext, cmd: Extract<RegisterCommand, { kind: 'edit' | 'archive' | 'restore' }>): Promise<Reply[]> {
  const a = ctx.t.registerAdmin;
  const phrase = cmd.party.replace(/^(?:de|het|the) /, '').trim();
  if (phrase === '') return [{ text: a.whichParty }];
  const snap = await ctx.services.register.snapshot();
  const r = snap.partyIndex.resolve(phrase);
  if (r.kind === 'none') return [{ text: a.noParty(escapeMarkdown(phrase)) }];
  if (r.kind === 'ambiguous') return [{ text: `${a.whichParty} (${r.candidates.map((c) => escapeMarkdown(c.party.name)).join(', ')})` }];
  const party = r.party;
  if (cmd.kind === 'archive') {
    if (party.archivedAt !== null) return [{ card: messageCard(a.alreadyArchived(party.name)) }];
    return [{ card: archiveConfirmCard(party, ctx.t) }];
  }
  if (cmd.kind === 'restore') {
    const res = await ctx.services.register.restoreParty(party.id, actorOf(ctx));
    return [{ card: messageCard(res.status === 'saved' ? a.restored(party.name) : a.unchanged, { undo: res.status === 'saved', t: ctx.t }) }];
  }
  // Teams: the edit form opens as a dialog; the local web chat shows it in the chat.
  if (ctx.input.channel === 'msteams' && !cmd.value) return [{ card: formInDialogCard('edit', party, ctx.t) }];
  const revision = await ctx.services.register.revision();
  return [{ card: editFormCard(party, revision, ctx.t, cmd.value ? { risk: cmd.value } : {}) }];
}

/** The edit form of one party (the dialog's content, task/fetch of "Bewerken"). */
export async function editForm(ctx: DialogContext, partyId: string | undefined): Promise<Reply[]> {
  const refused = await requirePermission(ctx, 'register.edit');
  if (refused) return refused;
  const party = partyId ? (await ctx.services.register.snapshot()).byId.get(partyId) : undefined;
  if (!party) return [{ text: ctx.t.party.goneParty }];
  return [{ card: editFormCard(party, await ctx.services.register.revision(), ctx.t) }];
}

async function saveEdit(ctx: DialogContext, act: Extract<RegisterAction, { action: 'registerEditSave' }>): Promise<Reply[]> {
  const a = ctx.t.registerAdmin;
  const cli = cliCatalogue(ctx.t.lang);
  const party = (await ctx.services.register.snapshot()).byId.get(act.partyId);
  if (!party) return [{ card: messageCard(a.editStale, { color: 'Attention' }) }];
  const raw = act as Record<string, unknown>;
  const str = (k: string): string => (typeof raw[k] === 'string' ? (raw[k] as string).trim() : '');
  const values: EditValues = {
    ahName: str('ahName'),
    ahEmail: str('ahEmail'),
    risk: str('risk'),
    money: str('money'),
    owner: str('owner'),
    seats: party.seats.map((_s, i) => ({ name: str(`seat${i}Name`), email: str(`seat${i}Email`) })),
  };
  const errors: string[] = [];
  const cents = parseAmountToCents(values.money ?? '');
  if (cents === 'invalid') errors.push(`${a.fields.financialInterest}: ${cli.csvReason({ code: 'invalid_amount', value: values.money ?? '' })}`);
  const risk = values.risk === '' || values.risk === 'none' ? null : (RISK_PROFILES as readonly string[]).includes(values.risk ?? '') ? (values.risk as RiskProfile) : undefined;
  if (risk === undefined) errors.push(`${a.fields.risk}: ${cli.csvReason({ code: 'invalid_risk' })}`);
  const next: Party = {
    ...party,
    seats: party.seats.map((s, i) => {
      const v = values.seats?.[i];
      if (!v || i >= 12) return s;
      if (v.name === '') return { ...s, person: null };
      const same = s.person && s.person.name === v.name;
      return { ...s, person: { name: v.name, email: v.email === '' ? null : v.email, function: same ? s.person!.function : null } };
    }),
    accountHolder: values.ahName === '' ? null : { name: values.ahName ?? '', email: values.ahEmail === '' ? null : values.ahEmail ?? null, function: null },
    ownerPortfolioHolder: values.owner === '' ? null : values.owner ?? null,
    riskProfile: risk ?? party.riskProfile,
    financialInterestCents: cents === 'invalid' ? party.financialInterestCents : cents,
  };
  if (values.ahName === '' && values.ahEmail !== '') errors.push(`${a.fields.accountHolder}: ${cli.csvReason({ code: 'required_with', other: a.fields.accountHolderEmail })}`);
  for (const p of validateParty(next)) errors.push(`${p.column}: ${cli.csvReason(p.reason)}`);
  if (errors.length > 0) return [{ card: editFormCard(party, act.revision, ctx.t, values, [...new Set(errors)]) }];
  const r = await ctx.services.register.editParty(party.id, () => next, { actor: actorOf(ctx), expectedRevision: act.revision });
  if (r.status === 'stale' || r.status === 'missing') return [{ card: messageCard(a.editStale, { color: 'Attention' }) }];
  if (r.status === 'unchanged') return [{ card: messageCard(a.unchanged) }];
  return [{ card: messageCard(a.saved(r.party.name), { undo: true, t: ctx.t }) }];
}
