import { cardProblems } from '../../support/cardValidator';
import { cardOf, cardText, personalMessage, type Harness } from './harness';
import { loadKitActivity } from '../../support/paths';

/** The chat helpers of the e2e suites: one user talking to the bot through the Teams channel emulator. */
export type ChatUser = { id: string; name: string; aadObjectId: string };
type Call = { method: string; path: string; body?: Record<string, unknown>; conversationId?: string };
/** A card's action as the tests read it. */
export type CardButton = { type: string; title: string; url?: string; data?: Record<string, unknown> };
const CARD = 'application/vnd.microsoft.card.adaptive';
/** An invoke answer; `value` is a card, a message or an error, read freely by the tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type InvokeBody = { statusCode: number; type: string; value: any };
type Turn = Awaited<ReturnType<Harness['emulator']['send']>>;

export interface ChatDefaults {
  /** Defaults to the kit's personal-chat user. */
  from?: ChatUser;
  /** Defaults to the kit's personal chat. */
  conversation?: object;
  locale?: string;
}

/** The messages the bot posted or updated in a turn (roster look-ups left out). */
export function acts(turn: { calls: Call[] }): Call[] {
  return turn.calls.filter((c) => (c.method === 'POST' || c.method === 'PUT') && c.path.includes('/activities'));
}

/** A reply's card text, or its plain text. */
export function replyText(body: Record<string, unknown> | undefined): string {
  const card = cardOf(body);
  return card ? cardText(card) : String(body?.text);
}

export const fromOf = (u: ChatUser): ChatUser => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId });

/** `h` is read at call time: suites start their harness in beforeAll. */
export function chat(h: () => Harness, defaults: ChatDefaults = {}) {
  const envelope = (extra: Record<string, unknown>): Record<string, unknown> => ({
    locale: defaults.locale ?? 'nl-NL',
    ...(defaults.from ? { from: fromOf(defaults.from) } : {}),
    ...(defaults.conversation ? { conversation: defaults.conversation } : {}),
    ...extra,
  });
  const send = (text: string, extra: Record<string, unknown> = {}): Promise<Turn> => h().emulator.send(personalMessage(text, envelope(extra)));

  /** A question with exactly one reply: its text (card text or plain text), card, buttons and body. */
  async function ask(text: string, extra: Record<string, unknown> | string = {}): Promise<{ text: string; card: Record<string, unknown> | undefined; actions: CardButton[]; body: Record<string, unknown>; turn: Turn }> {
    // A string is the client's locale ('en-US'), the most common thing a question varies.
    const turn = await send(text, typeof extra === 'string' ? { locale: extra } : extra);
    expect(turn.status).toBe(200);
    const posted = acts(turn);
    expect(posted).toHaveLength(1);
    const body = posted[0].body!;
    const card = cardOf(body);
    return { text: replyText(body), card, actions: (card?.actions as CardButton[] | undefined) ?? [], body, turn };
  }

  /** A card submit (Action.Submit data arrives as the message's value). */
  const submit = (value: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<Turn> => send('', { ...extra, value });

  /**
   * A Universal Action click as Teams sends it (the kit's adaptiveCard/action capture). The protocol:
   * always HTTP 200 with a card, a message or an error body; a card answered must be valid.
   */
  async function click(data: Record<string, unknown>, extra: Record<string, unknown> & { trigger?: string } = {}) {
    const { trigger = 'manual', ...rest } = extra;
    const kit = loadKitActivity<Record<string, unknown>>('e-invoke-adaptiveCard-action.captured.json');
    const turn = await h().emulator.send({ ...kit, id: `inv-${Math.random()}`, ...envelope(rest), value: { action: { type: 'Action.Execute', title: 'x', verb: data.verb, data }, trigger } });
    expect(turn.status).toBe(200);
    const body = turn.body as InvokeBody;
    expect([CARD, 'application/vnd.microsoft.activity.message', 'application/vnd.microsoft.error']).toContain(body.type);
    if (body.type === CARD) expect(cardProblems(body.value)).toEqual([]);
    return { turn, body, text: body.type === CARD ? cardText(body.value) : typeof body.value === 'string' ? body.value : JSON.stringify(body.value) };
  }

  /** Presses the card's button with this title (its Action.Submit data as the value): the first reply's text and card. */
  async function press(card: Record<string, unknown> | undefined, title: string, extra: Record<string, unknown> = {}): Promise<{ text: string; card: Record<string, unknown> | undefined }> {
    const button = ((card?.actions as CardButton[] | undefined) ?? []).find((a) => a.title === title);
    expect(button).toBeDefined();
    const body = acts(await submit(button!.data!, extra))[0].body!;
    return { text: replyText(body), card: cardOf(body) };
  }

  return { send, ask, submit, click, press };
}

/** Polls until the condition holds; fails with the message after a generous bound (never a timing assertion). */
export async function waitFor(what: string, cond: () => boolean | Promise<boolean>, bound = 30_000): Promise<void> {
  const until = Date.now() + bound;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`gave up waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The form a typed request opens: in Teams a button that opens it as a dialog (task/fetch with the
 * button's data, answered with the form), in the web chat the form itself in the chat.
 */
export async function formOpenedBy(h: Harness, turn: { calls: Call[] }, envelope: Record<string, unknown>): Promise<Record<string, unknown>> {
  const card = cardOf(acts(turn).find((c) => c.method === 'POST')?.body);
  expect(card).toBeDefined();
  const button = ((card!.actions as CardButton[] | undefined) ?? []).find((a) => (a.data?.msteams as { type?: string } | undefined)?.type === 'task/fetch');
  return button ? dialogForm(h, button.data!, envelope) : card!;
}

/** task/fetch as Teams sends it for a dialog button (the kit's invoke envelope): the form the dialog shows. */
export async function dialogForm(h: Harness, data: Record<string, unknown>, envelope: Record<string, unknown>): Promise<Record<string, unknown>> {
  const kit = loadKitActivity<Record<string, unknown>>('e-invoke-adaptiveCard-action.captured.json');
  const fetched = await h.emulator.send({ ...kit, id: `fetch-${Math.random()}`, ...envelope, name: 'task/fetch', value: { data, context: { theme: 'default' } }, replyToId: undefined });
  expect(fetched.status).toBe(200);
  const task = (fetched.body as { task: { type: string; value: { card: { content: Record<string, unknown> } } } }).task;
  expect(task.type).toBe('continue');
  return task.value.card.content;
}
