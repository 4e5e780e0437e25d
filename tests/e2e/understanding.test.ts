import path from 'node:path';
import { cardOf, cardText, personalMessage, startHarness, tempDir, type Harness } from '../support/harness';
import { chat } from '../support/chat';

/**
 * Natural questions over HTTP through the emulator: filler, new question kinds, follow-ups across
 * turns and across a restart (the context lives in the store), and "not understood" with buttons.
 */
const dir = tempDir('pw-understanding-');
const DB = `sqlite:${path.join(dir, 'pw.db')}`;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ DATABASE_URL: DB });
});
afterAll(async () => {
  await h?.stop();
});
afterEach(() => expect(h.emulator.cardErrors).toEqual([]));

const CONV = { id: 'a:understanding-chat', conversationType: 'personal' };

const { ask } = chat(() => h, { conversation: CONV });

describe('natural questions', () => {
  test('filler and politeness do not get in the way', async () => {
    expect((await ask('hoi, wie vertegenwoordigt ons eigenlijk bij de GGD?')).text).toContain('Namens de gemeente bij GGD Haaglanden:');
    const ab = await ask('Kun je me vertellen wie er namens ons in het AB van de ODH zit?');
    expect(ab.text).toContain('In het AB van Omgevingsdienst Haaglanden:');
  });

  test('the question after a statement about another party; whether something is a warning sign; small talk', async () => {
    const vr = (await ask('De GGD ken ik al, maar wie vertegenwoordigt ons bij de veiligheidsregio?')).text;
    expect(vr).toContain('Namens de gemeente bij Veiligheidsregio Haaglanden:');
    expect(vr).not.toContain('GGD Haaglanden:');
    const sign = await ask('de directeur van de GGD is plotseling vertrokken, is dat een waarschuwingssignaal?');
    expect(sign.text).toContain('Signalen dat een samenwerking niet goed gaat');
    expect(sign.text).toContain('Signaal melden');
    expect((await ask('ik sta vast in de file, ben tien minuten later')).text).not.toContain('Namens de gemeente');
  });

  test('one clear candidate is answered, not asked about', async () => {
    const t = (await ask('wie vertegenwoordigt ons bij het archief?')).text;
    expect(t).toContain('Namens de gemeente bij Stichting Regionaal Historisch Centrum Lindenwaard:');
    expect(t).not.toContain('Bedoelt u');
  });

  test('a party that is not in the register is said to be unknown, never answered as another', async () => {
    const t = (await ask('wie vertegenwoordigt ons bij GGD Brabant-Zuidoost?')).text;
    expect(t).toContain('Ik ken geen verbonden partij die lijkt op');
    expect(t).not.toContain('Namens de gemeente bij GGD Haaglanden');
  });

  test('money: one party, the largest, totals per category', async () => {
    expect((await ask('hoeveel geld zit er eigenlijk in de veiligheidsregio?')).text).toContain('Het financieel belang van de gemeente in Veiligheidsregio Haaglanden is € 4.800.000');
    const rank = (await ask('bij welke partij hebben we het grootste financieel belang?')).text;
    expect(rank).toContain('1. Veiligheidsregio Haaglanden');
    expect((await ask('what is our total financial interest per category?', 'en-US')).text).toContain('Financial interest per category');
  });

  test('what a party does, who falls under a portfolio holder, a substitute', async () => {
    expect((await ask('wat doet de omgevingsdienst eigenlijk?')).text).toContain('Openbaar belang van Omgevingsdienst Haaglanden: Vergunningverlening');
    const pf = (await ask('welke partijen vallen onder wethouder Bakker?')).text;
    expect(pf).toContain('Partijen waarvoor Fatima Bakker portefeuillehouder is');
    expect(pf).toContain('N.V. Bank Nederlandse Gemeenten');
    const sub = (await ask('wie is de plaatsvervanger in het AB van de GGD?')).text;
    expect(sub).toContain('De plaatsvervanger namens de gemeente bij GGD Haaglanden:');
    expect(sub).toContain('Pieter Jansen');
  });

  test('dates: the next meeting, the zienswijze deadline, the agenda', async () => {
    expect((await ask('wanneer is de volgende vergadering van het AB van de GGD?')).text).toContain('Komende vergaderingen van GGD Haaglanden:');
    expect((await ask('wanneer moet de raad zijn zienswijze op de begroting van de GGD geven?')).text).toContain('twaalf weken voor zijn zienswijze (Wgr art. 35)');
    expect((await ask('wanneer moet de zienswijze op de begroting van BNG binnen zijn?')).text).toContain('geen gemeenschappelijke regeling');
    expect((await ask('wat staat er de komende maand op de agenda?')).text).toContain('Governancekalender: de komende 31 dagen');
  });

  test('guidance from the domain notes, with a source and a follow-up button', async () => {
    const s = await ask('welke signalen wijzen erop dat een samenwerking misloopt?');
    expect(s.text).toContain('Signalen dat een samenwerking niet goed gaat');
    expect(s.text).toContain('Bronnen: Drents plan');
    expect(s.text).toContain('Signaal melden');
    expect((await ask('wat is mijn rol als accounthouder?')).text).toContain('Uw rol als accounthouder');
    expect((await ask('hoe communiceer ik een gewijzigd plan naar de raad?')).text).toContain('raadsinformatiebrief');
  });

  test('negation: "geen hoog risico" lists low and medium', async () => {
    const t = (await ask('welke partijen hebben geen hoog risico?')).text;
    expect(t).toContain('Evides N.V.');
    expect(t).not.toContain('Avalex');
  });

  test('not understood: nearest readings as buttons, nothing written', async () => {
    const before = await h.app.db.kysely.selectFrom('digest_subscriptions').selectAll().execute();
    const r = await ask('geef een overzicht van de partijen op risico');
    expect(r.text).not.toContain('Afgesproken');
    expect(await h.app.db.kysely.selectFrom('digest_subscriptions').selectAll().execute()).toHaveLength(before.length);
    const w = await ask('wat is het weer morgen?');
    expect(w.text).toContain('Die vraag begrijp ik (nog) niet');
    expect((w.card?.actions as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('this wave: how people really ask', () => {
  test("another municipality's seat or money is not ours to answer, and says so", async () => {
    const r = await ask('wie vertegenwoordigt de gemeente Delft bij de GGD?');
    expect(r.text).toContain('alleen de verbonden partijen van onze eigen gemeente');
    expect(r.text).not.toContain('Namens de gemeente bij GGD Haaglanden');
    const en = await ask('what does Zoetermeer pay to the safety region?', 'en-US');
    expect(en.text).toContain("only holds our own municipality's affiliated parties");
  });

  test('English descriptions of Dutch partner types find the party', async () => {
    expect((await ask('who represents us at the regional archives?', 'en-US')).text).toContain('Stichting Regionaal Historisch Centrum Lindenwaard');
    expect((await ask('who is the account holder for the fire service?', 'en-US')).text).toContain('Veiligheidsregio Haaglanden');
  });

  test('a party described by what it does, and an acronym typed with its letters swapped', async () => {
    expect((await ask('wie is accounthouder van de club die het afval ophaalt?')).text).toContain('De ambtelijk accounthouder van Avalex is');
    expect((await ask('wie is accounthouder van de BGN?')).text).toContain('De ambtelijk accounthouder van N.V. Bank Nederlandse Gemeenten is');
    expect((await ask('wie vertegenwoordigt ons bij de netbeheerder?')).text).toContain('Ik ken geen verbonden partij die lijkt op');
  });

  test('help however it is asked; a first name is no typo of a party', async () => {
    expect((await ask('Goedemorgen! Waarmee kun je me helpen?')).text).toContain('Partnerwijzer');
    expect((await ask('what kind of questions can I ask you', 'en-US')).text).toContain('Partnerwijzer');
    expect((await ask('wat kost een paspoort')).text).toContain('Die vraag begrijp ik (nog) niet');
    expect((await ask('oké, bedankt!')).text).toContain('Graag gedaan');
    expect((await ask('thanks!', 'en-US')).text).toContain("You're welcome");
  });

  test('a body alone continues the question, and the next turn keeps that body', async () => {
    await h.app.db.kysely.deleteFrom('conversation_context').execute();
    expect((await ask('wie vertegenwoordigt ons bij Avalex?')).text).toContain('Namens de gemeente bij Avalex:');
    const db = (await ask('en het DB?')).text;
    expect(db).toContain('In het DB van Avalex:');
    expect(db).not.toContain('plaatsvervanger');
    expect((await ask('wie zit daar namens ons in?')).text).toContain('In het DB van Avalex:');
  });

  test("command-menu entries sent as they are: the blank is asked for", async () => {
    await h.app.db.kysely.deleteFrom('conversation_context').execute();
    expect((await ask('wie vertegenwoordigt ons bij …')).text).toContain('Over welke verbonden partij gaat het?');
    await h.app.db.kysely.deleteFrom('conversation_context').execute();
    expect((await ask('waar vertegenwoordigt … ons?')).text).toContain('Over wie gaat het?');
  });

  test('"wanneer moet die binnen zijn?" after the zienswijze was explained', async () => {
    await h.app.db.kysely.deleteFrom('conversation_context').execute();
    expect((await ask('wat houdt een zienswijze in?')).text).toContain('zienswijze');
    expect((await ask('en wanneer moet die voor de GGD binnen zijn?')).text).toContain('twaalf weken voor zijn zienswijze (Wgr art. 35)');
  });
});

describe('fourth session: context past a question we do not answer', () => {
  test("after another municipality's seat, 'en wie namens ons?' asks it for us", async () => {
    await h.app.db.kysely.deleteFrom('conversation_context').execute();
    expect((await ask('wie vertegenwoordigt de gemeente Delft bij de GGD?')).text).toContain('alleen de verbonden partijen van onze eigen gemeente');
    expect((await ask('ok, en wie namens ons?')).text).toContain('Namens de gemeente bij GGD Haaglanden:');
  });

  test('after a fact the register does not keep, the party stays the subject', async () => {
    await h.app.db.kysely.deleteFrom('conversation_context').execute();
    expect((await ask('wat is het adres van de GGD?')).text).toContain('Die vraag begrijp ik (nog) niet');
    expect((await ask('en wie is daar de accounthouder?')).text).toContain('De ambtelijk accounthouder van GGD Haaglanden is Sanne Visser.');
  });

  test('the alderman of a portfolio and the substitute when someone cannot come', async () => {
    expect((await ask('welke partijen vallen onder de wethouder financiën?')).text).toContain('Partijen waarvoor Fatima Bakker portefeuillehouder is');
    expect((await ask('wie gaat er naar het AB van de GGD als de wethouder verhinderd is?')).text).toContain('De plaatsvervanger namens de gemeente bij GGD Haaglanden:');
  });
});

describe('follow-ups', () => {
  test('across two turns: keep the subject, then keep the question', async () => {
    expect((await ask('wie vertegenwoordigt ons bij de GGD?')).text).toContain('GGD Haaglanden');
    expect((await ask('en wie is daar de accounthouder?')).text).toContain('De ambtelijk accounthouder van GGD Haaglanden is Sanne Visser.');
    expect((await ask('en bij Avalex?')).text).toContain('De ambtelijk accounthouder van Avalex is Joost Hendriks.');
    expect((await ask('and who represents us there?', 'en-US')).text).toContain('Avalex');
  });

  test('someone the last answer named: by role, then "en zij?"; the top of a ranking', async () => {
    const seats = (await ask('wie zit namens ons in het AB van de GGD?')).text;
    expect(seats).toContain('Anne de Vries');
    expect(seats).toContain('Pieter Jansen');
    const sub = (await ask('waar zit de plaatsvervanger nog meer?')).text;
    expect(sub).toContain('Pieter Jansen');
    expect(sub).not.toContain('Anne de Vries');
    const she = (await ask('en zij?')).text;
    expect(she).toContain('Anne de Vries');
    expect(she).not.toContain('Pieter Jansen');
    expect((await ask('bij welke partij hebben we het grootste financieel belang?')).text).toContain('1. Veiligheidsregio Haaglanden');
    expect((await ask('wie is daar de accounthouder?')).text).toContain('De ambtelijk accounthouder van Veiligheidsregio Haaglanden is Ricardo Mendes.');
  });

  test('an organisation we are not in gets an honest not-found, in the language asked', async () => {
    const water = await ask('wie is de portefeuillehouder van het waterschap Delfland?');
    expect(water.text).toContain('Ik ken geen verbonden partij die lijkt op');
    expect(water.text).not.toContain('begrijp ik');
    const airport = await ask('who represents us at rotterdam airport?');
    expect(airport.text).toContain("I don't know an affiliated party that looks like");
    expect(airport.text).not.toContain('Namens de gemeente');
  });

  test('the person just named, asked "besides that"; a role beside its party; politics is out of scope', async () => {
    expect((await ask('wie is de accounthouder van Avalex?')).text).toContain('Joost Hendriks');
    const besides = (await ask('and what does he do besides that?', 'en-US')).text;
    expect(besides).toContain('Joost Hendriks');
    expect(besides).toContain('Avalex');
    expect(besides).not.toContain('Public interest served by');
    const role = await ask('ik ben net accounthouder van de GGD geworden, wat wordt er van mij verwacht?');
    expect(role.text).toContain('accounthouder');
    expect(role.text).not.toContain('De ambtelijk accounthouder van GGD Haaglanden is');
    const politics = await ask('op welke partij stemt wethouder De Vries?');
    expect(politics.text).not.toContain('Anne de Vries zit namens');
  });

  test('across a restart: the context is in the store', async () => {
    expect((await ask('wie vertegenwoordigt ons bij Evides?')).text).toContain('Evides N.V.');
    await h.stop();
    h = await startHarness({ DATABASE_URL: DB });
    expect((await ask('hoeveel geld zit daarin?')).text).toContain('Het financieel belang van de gemeente in Evides N.V. is € 18.300');
  });

  test('a question that needs a party and has none asks for it with the parties as buttons', async () => {
    await h.app.db.kysely.deleteFrom('conversation_context').execute();
    const r = await ask('wie is de accounthouder?');
    expect(r.text).toContain('Over welke verbonden partij gaat het?');
    const action = (r.card?.actions as { title: string; data: Record<string, unknown> }[]).find((a) => a.title.includes('Avalex'))!;
    const turn = await h.emulator.send(personalMessage('', { value: action.data, conversation: CONV, locale: 'nl-NL' }));
    expect(cardText(cardOf(turn.calls.find((c) => c.method === 'POST')!.body))).toContain('De ambtelijk accounthouder van Avalex is Joost Hendriks.');
  });
});
