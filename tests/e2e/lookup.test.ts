import { loadKitActivity } from '../../support/paths';
import { cardOf, cardText, channelMention, personalMessage, startHarness, type Harness } from '../support/harness';
import { chat } from '../support/chat';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});
beforeEach(() => h.emulator.reset());
afterEach(() => expect(h.emulator.cardErrors).toEqual([]));

/** Asks in a personal chat (Dutch client unless told otherwise); `press` clicks a card button. */
const { ask, press: click } = chat(() => h);

describe('who represents us', () => {
  test('"wie vertegenwoordigt ons bij de GGD?" → the GGD card with its seats, portfolio holders and account holder', async () => {
    const { text } = await ask('wie vertegenwoordigt ons bij de GGD?');
    expect(text).toContain('GGD Haaglanden');
    expect(text).toContain('Namens de gemeente bij GGD Haaglanden:');
    expect(text).toContain('**AB** · lid: Anne de Vries (wethouder)');
    expect(text).toContain('**AB** · plaatsvervanger: Pieter Jansen (wethouder)');
    expect(text).toContain('Sanne Visser');
    expect(text).toContain('Fatima Bakker (Financiën)');
    expect(text).toContain('€ 2.150.000');
    expect(text).toContain('midden risico');
    expect(text).toContain('Wijziging melden');
    expect(text).toContain('Demo: fictieve gegevens');
  });

  test('"wie zit namens ons in het AB van de veiligheidsregio?" → only the AB seat', async () => {
    const { text } = await ask('wie zit namens ons in het AB van de veiligheidsregio?');
    expect(text).toContain('In het AB van Veiligheidsregio Haaglanden:');
    expect(text).toContain('Hendrik van der Meer (burgemeester)');
    expect(text).not.toContain('**DB**');
  });

  test('an empty seat says so', async () => {
    const { text } = await ask('wie zit er namens ons in het DB van de VRH?');
    expect(text).toContain('In het DB van Veiligheidsregio Haaglanden:');
    expect(text).toContain('**DB** · lid: _vacant (niemand vastgelegd)_');
  });

  test('a body without our seat says so and shows the seats that exist', async () => {
    const { text } = await ask('wie zit namens ons in het DB van de GGD?');
    expect(text).toContain('Het register kent geen zetel van de gemeente in het DB van GGD Haaglanden');
    expect(text).toContain('**AB** · lid: Anne de Vries');
  });

  test('"wie is onze aandeelhoudersvertegenwoordiger bij BNG?" → the AvA seat', async () => {
    const { text } = await ask('wie is onze aandeelhoudersvertegenwoordiger bij BNG?');
    expect(text).toContain('In het AvA van N.V. Bank Nederlandse Gemeenten:');
    expect(text).toContain('Fatima Bakker (wethouder)');
  });

  test('"who represents us at Evides?" → English card', async () => {
    const { text } = await ask('who represents us at Evides?', 'nl-NL');
    expect(text).toContain('On behalf of the municipality at Evides N.V.:');
    expect(text).toContain('**AvA** · aandeelhoudersvertegenwoordiger: Fatima Bakker (wethouder)');
    expect(text).toContain('Report a change');
    expect(text).toContain('Demo: fictitious data');
  });

  test('"wie is accounthouder van Avalex?" and the English variant', async () => {
    expect((await ask('wie is accounthouder van Avalex?')).text).toContain('De ambtelijk accounthouder van Avalex is Joost Hendriks.');
    expect((await ask('who is the account holder for Avalex?')).text).toContain('The account holder for Avalex is Joost Hendriks.');
  });

  test('names as people type them: prefixes, legal forms, "te <plaats>", hyphens, lower case, typos', async () => {
    const cases: [string, string][] = [
      ['wie vertegenwoordigt ons bij GR Avalex', 'Avalex'],
      ['wie vertegenwoordigt ons bij Gemeenschappelijke regeling Avalex?', 'Avalex'],
      ['wie vertegenwoordigt ons bij n.v. bank nederlandse gemeenten', 'N.V. Bank Nederlandse Gemeenten'],
      ['wie vertegenwoordigt ons bij Stichting Regionaal Historisch Centrum Lindenwaard', 'Stichting Regionaal Historisch Centrum Lindenwaard'],
      ['wie vertegenwoordigt ons bij omgevingsdienst haaglanden te den haag', 'Omgevingsdienst Haaglanden'],
      ['wie vertegenwoordigt ons bij de metropoolregio rotterdam-den haag', 'Metropoolregio Rotterdam Den Haag'],
      ['wie vertegenwoordigt ons bij de MRDH', 'Metropoolregio Rotterdam Den Haag'],
      ['wie vertegenwoordigt ons bij ODH', 'Omgevingsdienst Haaglanden'],
      ['wie vertegenwoordigt ons bij de omgevingsdienst haaglnden', 'Omgevingsdienst Haaglanden'],
      ['wie vertegenwoordigt ons bij veiligheidsregoi haaglanden', 'Veiligheidsregio Haaglanden'],
      ['wie vertegenwoordigt ons bij evides n.v.', 'Evides N.V.'],
    ];
    for (const [q, expected] of cases) {
      const { text } = await ask(q);
      expect(text.split('\n')).toContain(expected);
    }
  });
});

describe('never a confident wrong answer', () => {
  test('two or more plausible parties → a card asking which one; a button answers for that party', async () => {
    const { text, card } = await ask('wie vertegenwoordigt ons bij Haaglanden?');
    expect(text).toContain('Welke partij bedoelt u?');
    expect(text).toContain('GGD Haaglanden');
    expect(text).toContain('Omgevingsdienst Haaglanden');
    expect(text).toContain('Veiligheidsregio Haaglanden');
    const answer = await click(card, 'Omgevingsdienst Haaglanden');
    expect(answer.text).toContain('Namens de gemeente bij Omgevingsdienst Haaglanden:');
    expect(answer.text).toContain('Pieter Jansen');
  });

  test('nothing plausible → "ik ken geen verbonden partij die lijkt op …" with the closest names and the overview', async () => {
    const { text, card } = await ask('wie vertegenwoordigt ons bij Vitens?');
    expect(text).toContain('Ik ken geen verbonden partij die lijkt op “vitens”.');
    expect(text).toContain('Alle verbonden partijen');
    const overview = await click(card, 'Alle verbonden partijen');
    expect(overview.text).toContain('Het register bevat 9 verbonden partijen.');
  });

  test('in English too', async () => {
    expect((await ask('who represents us at Vitens?')).text).toContain('I don\'t know an affiliated party that looks like “vitens”.');
  });

  test('a stale button for a party that no longer exists gets a clear answer', async () => {
    const turn = await h.emulator.send(personalMessage('', { value: { action: 'party', partyId: 'gone', intent: 'represent' }, locale: 'nl-NL' }));
    expect(String(turn.calls[0].body?.text)).toContain('Deze partij staat niet (meer) in het register');
  });

  test('a forged or malformed button payload is refused politely', async () => {
    const turn = await h.emulator.send(personalMessage('', { value: { action: 'party', partyId: 42 }, locale: 'nl-NL' }));
    expect(String(turn.calls[0].body?.text)).toContain('Deze knop ken ik niet');
  });
});

describe('reverse: where does a person represent us', () => {
  test('"waar vertegenwoordigt wethouder De Vries ons?"', async () => {
    const { text } = await ask('waar vertegenwoordigt wethouder De Vries ons?');
    expect(text).toContain('Anne de Vries (wethouder)');
    expect(text).toContain('GGD Haaglanden — AB, lid');
    expect(text).toContain('Omgevingsdienst Haaglanden — AB, plaatsvervanger');
    expect(text).toContain('Stichting Regionaal Historisch Centrum Lindenwaard — bestuur, voorzitter');
  });

  test('"in welke besturen zit Jansen?" and "where does alderman Bakker represent us?"', async () => {
    expect((await ask('in welke besturen zit Jansen?')).text).toContain('Avalex — DB, lid');
    const en = await ask('where does alderman Bakker represent us?');
    expect(en.text).toContain('Represents the municipality at:');
    expect(en.text).toContain('Evides N.V. — AvA, aandeelhoudersvertegenwoordiger');
  });

  test('an unknown person', async () => {
    expect((await ask('waar vertegenwoordigt wethouder Pietersen ons?')).text).toContain('Ik vind niemand die lijkt op “wethouder pietersen” in het register.');
  });
});

describe('overviews', () => {
  test('"welke verbonden partijen hebben we?" counts per BBV category', async () => {
    const { text } = await ask('welke verbonden partijen hebben we?');
    // The demo is plausible per BBV: the archive is a gemeenschappelijke regeling (a BVO), the C.V. a vennootschap.
    expect(text).toContain('Gemeenschappelijke regelingen (6)');
    expect(text).toContain('Vennootschappen en coöperaties (3)');
    expect(text).toContain('Stichtingen en verenigingen (0)');
    expect(text).toContain('Overige verbonden partijen (0)');
  });
  test('"toon alle gemeenschappelijke regelingen" and "show all foundations"', async () => {
    const gr = await ask('toon alle gemeenschappelijke regelingen');
    expect(gr.text).toContain('Gemeenschappelijke regelingen (6)');
    expect(gr.text).toContain('Stichting Regionaal Historisch Centrum Lindenwaard');
    expect(gr.text).not.toContain('Evides');
    const st = await ask('show all foundations');
    expect(st.text).not.toContain('Stichting Regionaal Historisch Centrum Lindenwaard');
    expect(st.text).toContain('The register holds 0 affiliated parties.');
  });
  test('risk levels in both languages', async () => {
    expect((await ask('welke partijen hebben een hoog risico?')).text).toContain('3 partijen hebben een hoog risicoprofiel.');
    const low = await ask('which partners have a low risk?');
    expect(low.text).toContain('3 parties have a low risk profile.');
  });
});

describe('common language', () => {
  test('"wat is een zienswijze?" with its source', async () => {
    const { text } = await ask('wat is een zienswijze?');
    expect(text).toContain('Zienswijze');
    // The 12 weeks run to the moment the draft is offered to the AB; a draft arrangement's view goes to the own college.
    expect(text).toContain('twaalf weken tot de aanbieding aan het AB');
    expect(text).toContain('naar het eigen college');
    expect(text).toContain('Bron: Wgr art. 35 en art. 1 lid 3');
  });
  test('"wat zijn wensen en bedenkingen?": the route for a company or foundation, with its source', async () => {
    const { text } = await ask('wat zijn wensen en bedenkingen?');
    expect(text).toContain('Wensen en bedenkingen');
    expect(text).toContain('Gemeentewet art. 160 lid 2');
    expect(text).toContain('Bron: Gemeentewet art. 160 lid 2 (via VNG); art. 169 lid 4');
    const en = await ask('what is a regierol?');
    expect(en.text).toContain('A practice term without a legal definition');
  });
  test('"wat is het verschil tussen AB en DB?" shows both', async () => {
    const { text } = await ask('wat is het verschil tussen AB en DB?');
    expect(text).toContain('Algemeen bestuur (AB)');
    expect(text).toContain('Dagelijks bestuur (DB)');
  });
  test('English: "what is a zienswijze?"', async () => {
    expect((await ask('what is a zienswijze?')).text).toContain('Zienswijze (formal view)');
  });
  test('"wat is de GGD?" is not a term but a party', async () => {
    expect((await ask('wat is de GGD?')).text).toContain('GGD Haaglanden');
  });
  test('an unknown term', async () => {
    expect((await ask('wat is een kwartiermaker?')).text).toContain('Het begrip “kwartiermaker” staat (nog) niet in de woordenlijst.');
  });
});

describe('in a channel, with an @mention', () => {
  test('the kit channel capture asking "wie vertegenwoordigt ons bij de GGD?" is answered in the thread', async () => {
    const msg = channelMention('wie vertegenwoordigt ons bij de GGD?', { locale: 'nl-NL' });
    const turn = await h.emulator.send(msg);
    expect(turn.calls).toHaveLength(1);
    expect(turn.calls[0].replyToId).toBe(msg.id);
    expect(cardText(cardOf(turn.calls[0].body))).toContain('Namens de gemeente bij GGD Haaglanden:');
  });
  test('group chat', async () => {
    const base = loadKitActivity<Record<string, unknown>>('b-personal-message.json');
    const turn = await h.emulator.send({ ...base, id: 'g1', text: 'who represents us at the MRDH?', conversation: { id: '19:groupchat@thread.v2', conversationType: 'groupChat', isGroup: true } });
    expect(cardText(cardOf(turn.calls[0].body))).toContain('On behalf of the municipality at Metropoolregio Rotterdam Den Haag:');
  });
});

describe('follow-up buttons on the party card', () => {
  test('each opens its form with the party filled in', async () => {
    const { card } = await ask('GGD');
    const signal = await click(card, 'Signaal melden');
    expect(signal.text).toContain('Signaal melden');
    const meeting = await click(card, 'Vergadering vastleggen');
    expect(meeting.text).toContain('Vergadering vastleggen');
    const change = await click(card, 'Wijziging melden');
    expect(change.text).toContain('Wijziging melden bij GGD Haaglanden');
  });
});
