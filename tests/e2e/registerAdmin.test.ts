import { parseRegisterXlsx, registerToXlsx } from '../../domain/register/registerXlsx';
import { registerToCsv } from '../../domain/register/registerCsv';
import { DEMO_PARTIES } from '../../domain/demo/demoRegister';
import { cardOf, cardText, personalMessage, startHarness, type Harness } from '../support/harness';
import { chat, dialogForm } from '../support/chat';

/**
 * The register in Teams, end to end through the channel emulator: export through a file consent
 * card into "OneDrive", upload a file as a Teams file attachment, preview, apply or cancel, a stale
 * preview refused, a non-administrator refused, small edits by form, archive, undo.
 */
const ADMIN = '7faf8ab2-3d56-4244-b585-20c8a42ed2b8'; // the kit's personal-chat user
const OTHER = 'bbbbbbbb-0000-0000-0000-00000000000e';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ REGISTER_ADMINS: ADMIN, PARTNERWIJZER_DEMO: '0' });
  // The municipality's own register (the demo parties, no longer marked as demo).
  await h.app.register.apply(DEMO_PARTIES.map((p) => ({ ...p, demo: false })), { actor: 'test' });
});
afterAll(async () => h?.stop());
afterEach(() => expect(h.emulator.cardErrors).toEqual([]));

type Sent = { status: number; body: Record<string, unknown> | undefined; all: Record<string, unknown>[] };
function posted(r: { status: number; calls: { path: string; body?: Record<string, unknown> }[] }): Sent {
  const sent = r.calls.filter((c) => c.body && /\/activities/.test(c.path)).map((c) => c.body!);
  return { status: r.status, body: sent[0], all: sent };
}
const turn = async (activity: Record<string, unknown>): Promise<Sent> => posted(await h.emulator.send(activity));
const { send } = chat(() => h);
const say = async (text: string, extra: Record<string, unknown> = {}) => posted(await send(text, extra));
const submit = async (value: Record<string, unknown>) => posted(await send('', { value }));
const asOther = { from: { id: '29:other', name: 'Iemand', aadObjectId: OTHER } };
const upload = (name: string, bytes: Buffer, extra: Record<string, unknown> = {}) => turn(personalMessage('', { locale: 'nl-NL', attachments: [h.emulator.fileAttachment(name, bytes)], ...extra }));
const textOf = (b: Record<string, unknown> | undefined): string => (cardOf(b) ? cardText(cardOf(b)) : String(b?.text ?? '')).replace(/\\/g, '');
const actionData = (b: Record<string, unknown> | undefined, title: string): Record<string, unknown> => {
  const actions = (cardOf(b)?.actions as { title: string; data: Record<string, unknown> }[] | undefined) ?? [];
  const found = actions.find((a) => a.title === title);
  if (!found) throw new Error(`no action ${title} in ${JSON.stringify(cardOf(b))}`);
  return found.data;
};
const exportCsv = () => h.app.register.exportCsv();
/** Teams opens the edit form as a dialog: task/fetch with the button's data gives the form. */
async function openDialog(b: Record<string, unknown> | undefined, title: string): Promise<Record<string, unknown>> {
  const data = actionData(b, title);
  expect(data.msteams).toEqual({ type: 'task/fetch' });
  // As the kit's personal-chat user (the administrator), in that chat.
  const { from, conversation } = personalMessage('', { locale: 'nl-NL' });
  return { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: await dialogForm(h, data, { from, conversation, locale: 'nl-NL' }) }] };
}
/** task/submit of the dialog: the form again (with its problems), or the dialog closes and the result is in the chat. */
async function inDialog(data: Record<string, unknown>): Promise<{ body: Record<string, unknown> | undefined }> {
  const r = await h.emulator.send({ ...personalMessage('', { locale: 'nl-NL' }), type: 'invoke', name: 'task/submit', value: { data, context: { theme: 'default' } } });
  expect(r.status).toBe(200);
  const task = (r.body as { task?: { type: string; value: { card: { content: Record<string, unknown> } } } } | undefined)?.task;
  if (task?.type === 'continue') return { body: { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: task.value.card.content }] } };
  return { body: r.calls.filter((c) => c.body && /\/activities/.test(c.path)).map((c) => c.body!)[0] };
}

test('exporteer het register: a file consent card; on accept the bot puts the .xlsx in OneDrive and shows the file', async () => {
  const r = await say('exporteer het register');
  const consent = (r.body?.attachments as { contentType: string; name: string; content: { acceptContext: unknown; sizeInBytes: number } }[])[0];
  expect(consent.contentType).toBe('application/vnd.microsoft.teams.card.file.consent');
  expect(consent.name).toMatch(/^register-verbonden-partijen-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(consent.content.sizeInBytes).toBeGreaterThan(1000);
  const accept = await turn({
    ...personalMessage(''),
    type: 'invoke',
    name: 'fileConsent/invoke',
    value: { type: 'fileUpload', action: 'accept', context: consent.content.acceptContext, uploadInfo: h.emulator.uploadInfo(consent.name) },
  });
  expect(accept.status).toBe(200);
  const put = h.emulator.uploads.get(consent.name)!;
  expect(put.bytes.subarray(0, 2).toString()).toBe('PK');
  expect(put.headers['content-range']).toBe(`bytes 0-${put.bytes.length - 1}/${put.bytes.length}`);
  const parsed = await parseRegisterXlsx(put.bytes);
  expect(parsed.ok && registerToCsv(parsed.parties)).toBe(registerToCsv((await h.app.register.listParties()).map((p) => ({ ...p, demo: false }))));
  const info = (accept.body?.attachments as { contentType: string }[])[0];
  expect(info.contentType).toBe('application/vnd.microsoft.teams.card.file.info');
});

test('upload → preview (nothing changes) → a stale preview is refused → a fresh one applied → undo restores the register', async () => {
  const before = await exportCsv();
  const parties = await h.app.register.listParties();
  const edited = parties
    .filter((p) => p.code !== 'AVALEX')
    .map((p) => (p.code === 'ODH' ? { ...p, name: 'Omgevingsdienst Haaglanden GR', financialInterestCents: (p.financialInterestCents ?? 0) * 3 } : p));
  const file = await registerToXlsx(edited);

  const first = await upload('register.xlsx', file);
  const preview = textOf(first.body);
  expect(preview).toContain('Voorvertoning import: register.xlsx');
  expect(preview).toContain('partij: "Omgevingsdienst Haaglanden" → "Omgevingsdienst Haaglanden GR"');
  expect(preview).toContain('gearchiveerd: Avalex [AVALEX]');
  expect(preview).toContain('financieel belang van Omgevingsdienst Haaglanden GR verandert 200%');
  expect(await exportCsv()).toBe(before); // nothing changes before the confirm
  const staleApply = actionData(first.body, 'Toepassen');

  // Someone changes the register in between: the first preview is now stale.
  const form = await say('risicoprofiel van de ODH naar hoog');
  expect(textOf(form.body)).toContain('Omgevingsdienst Haaglanden bewerken');
  const save = actionData(form.body, 'Opslaan');
  const saved = await submit({ ...save, risk: 'hoog', ahName: 'Joost Hendriks', ahEmail: 'j.hendriks@lindenwaard.example', money: '960.000,00', owner: '' });
  expect(textOf(saved.body)).toContain('is bijgewerkt');
  const afterEdit = await exportCsv();
  const stale = await submit(staleApply);
  expect(textOf(stale.body)).toContain('Het register is gewijzigd sinds deze voorvertoning');
  expect(await exportCsv()).toBe(afterEdit);

  const second = await upload('register.xlsx', file);
  const applied = await submit(actionData(second.body, 'Toepassen'));
  expect(textOf(applied.body)).toContain('Het register is bijgewerkt: 0 toegevoegd, 1 gewijzigd, 1 gearchiveerd');
  const now = await h.app.register.listAllParties();
  expect(now.find((p) => p.code === 'ODH')?.name).toBe('Omgevingsdienst Haaglanden GR');
  expect(now.find((p) => p.code === 'AVALEX')?.archivedAt).not.toBeNull();
  // An archived party is still findable, marked as such.
  expect(textOf((await say('Avalex')).body)).toContain('Uitgetreden/gearchiveerd per');
  // Applying the same preview twice does nothing.
  expect(textOf((await submit(actionData(second.body, 'Toepassen'))).body)).toContain('al toegepast of geannuleerd');

  const undo = await say('laatste wijziging ongedaan maken');
  expect(textOf(undo.body)).toContain('is ongedaan gemaakt');
  expect(await exportCsv()).toBe(afterEdit);
  const undo2 = await say('laatste wijziging ongedaan maken');
  expect(textOf(undo2.body)).toContain('is ongedaan gemaakt');
  expect(await exportCsv()).toBe(before);
});

test('cancel changes nothing; a file with problems is answered with lines and cells; a large archive asks twice', async () => {
  const before = await exportCsv();
  const parties = await h.app.register.listParties();
  const p = await upload('register.xlsx', await registerToXlsx(parties.slice(0, 2)));
  expect(textOf(p.body)).toContain('gearchiveerd: ');
  const confirm = await submit(actionData(p.body, 'Toepassen'));
  expect(textOf(confirm.body)).toContain('Weet u het zeker?');
  const cancelled = await submit(actionData(confirm.body, 'Annuleren'));
  expect(textOf(cancelled.body)).toContain('Geannuleerd');
  expect(await exportCsv()).toBe(before);

  const bad = Buffer.from('code;partij;categorie\r\nA;Alfa;overig\r\nA;Beta;overig\r\n', 'utf8');
  const res = await upload('register.csv', bad);
  expect(textOf(res.body)).toContain('regel 3: code: deze code hoort op regel 2 al bij Alfa');
  const huge = await upload('register.csv', Buffer.alloc(21 * 1024 * 1024, 0x41));
  expect(textOf(huge.body)).toContain('groter dan 20 MB');
  // Windows-1252 (what older Excel writes): read, and the preview says so.
  const cp1252 = Buffer.from(`${(await exportCsv()).replace(/^\ufeff/, '').replaceAll(';Avalex;', ';Avalex Coöperatie;')}`, 'latin1');
  const w = await upload('register.csv', cp1252);
  expect(textOf(w.body)).toContain('gelezen als Windows-1252');
  expect(textOf(w.body)).toContain('"Avalex" → "Avalex Coöperatie"');
  await submit(actionData(w.body, 'Annuleren'));
  const pdf = await upload('notulen.pdf', Buffer.from('%PDF-1.7'));
  expect(textOf(pdf.body)).toContain('dit is geen CSV- of Excel-bestand');
  expect(await exportCsv()).toBe(before);
});

test('a large upload with long texts gives a preview card under 28 KB (checked by the emulator)', async () => {
  const parties = await h.app.register.listParties();
  const many = Array.from({ length: 80 }, (_v, i) => ({ ...parties[i % parties.length], code: undefined, name: `Partij ${i} ${'x'.repeat(150)}`, aliases: [`P${i}`], risks: 'r'.repeat(4000), publicInterest: 'o'.repeat(2000) }));
  const r = await upload('groot.csv', Buffer.from(registerToCsv([...parties, ...many]), 'utf8'));
  expect(textOf(r.body)).toContain('Voorvertoning import: groot.csv');
  expect(textOf(r.body)).toContain('… en nog');
  expect(JSON.stringify(cardOf(r.body)).length).toBeLessThan(28 * 1024);
  await submit(actionData(r.body, 'Annuleren'));
});

test('others are refused with a clear card and an audit entry, and nothing changes', async () => {
  const before = await exportCsv();
  for (const r of [await upload('register.csv', Buffer.from(before), asOther), await say('exporteer het register', asOther), await say('laatste wijziging ongedaan maken', asOther), await say('nieuwe accounthouder voor Avalex', asOther)]) {
    expect(textOf(r.body)).toContain('Dit mag alleen een registerbeheerder');
  }
  expect(await exportCsv()).toBe(before);
  const denied = await h.app.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'access.denied').where('actor', '=', OTHER).execute();
  expect(denied.length).toBe(4);
});

test('small edits: a form with the current values, validated on the card; archive and restore a party', async () => {
  // In Teams the form opens as a dialog; the chat keeps only the button.
  const asked = await say('nieuwe accounthouder voor Avalex');
  expect(textOf(asked.body)).toContain('Het formulier voor Avalex opent in een apart venster.');
  const form = await openDialog(asked.body, 'Avalex bewerken');
  expect(textOf(form)).toContain('Avalex bewerken');
  const save = actionData(form, 'Opslaan');
  const bad = await inDialog({ ...save, ahName: 'Nieuwe Naam', ahEmail: 'geen-mail', money: 'twaalf' });
  const badText = textOf(bad.body);
  expect(badText).toContain('geen bedrag');
  expect(badText).toContain('geen geldig e-mailadres');
  expect(badText).toContain('Nieuwe Naam'); // what was typed is kept
  expect(textOf((await inDialog({ ...save, ahName: 'x'.repeat(201) })).body)).toContain('langer dan 200 tekens');
  // Control characters never reach the form: the activity boundary strips them (issue #12).
  expect(textOf((await submit({ ...save, ahName: 'Nieuwe\u0000Naam' })).body)).toContain('Avalex is bijgewerkt');
  expect((await h.app.register.listParties()).find((p) => p.name === 'Avalex')!.accountHolder?.name).toBe('NieuweNaam');
  const fresh = actionData(await openDialog((await say('nieuwe accounthouder voor Avalex')).body, 'Avalex bewerken'), 'Opslaan');
  const ok = await inDialog({ ...fresh, ahName: 'Sanne Visser', ahEmail: 's.visser@lindenwaard.example', risk: 'midden', money: '1.000,00', owner: 'F. Bakker' });
  expect(textOf(ok.body)).toContain('Avalex is bijgewerkt');
  const avalex = (await h.app.register.listParties()).find((p) => p.name === 'Avalex')!;
  expect(avalex.accountHolder).toEqual({ name: 'Sanne Visser', email: 's.visser@lindenwaard.example', function: null });
  const audit = await h.app.db.kysely.selectFrom('audit_log').selectAll().where('entity_id', '=', avalex.id).where('action', '=', 'party.update').orderBy('id', 'desc').executeTakeFirstOrThrow();
  expect(JSON.parse(audit.after_json!).accountHolder.name).toBe('Sanne Visser');

  const ask = await say('archiveer Avalex');
  expect(textOf(ask.body)).toContain('Avalex archiveren');
  const done = await submit(actionData(ask.body, 'Archiveren'));
  expect(textOf(done.body)).toContain('Avalex is gearchiveerd per');
  expect((await h.app.register.listParties()).some((p) => p.name === 'Avalex')).toBe(false);
  expect(textOf((await say('herstel Avalex')).body)).toContain('Avalex is hersteld');
  expect((await h.app.register.listParties()).some((p) => p.name === 'Avalex')).toBe(true);
});
