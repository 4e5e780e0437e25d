import { DEMO_PARTIES } from '../../domain/demo/demoRegister';
import { editDistance, nameTokens } from '../../domain/register/nameNormalize';
import { PartyIndex } from '../../domain/register/partyIndex';
import { PersonIndex } from '../../domain/register/personIndex';
import type { Party } from '../../domain/register/types';
import { buildModel, registerParties } from '../../support/evaluation/understandingEval';
import { understand } from '../../domain/understanding/understand';

const parties: Party[] = DEMO_PARTIES.map((p, i) => ({ ...p, id: `p${i}` }));
const index = new PartyIndex(parties);

const demoModel = buildModel(registerParties('demo'));

describe('name normalisation', () => {
  test.each([
    ['N.V. Bank Nederlandse Gemeenten', 'bank nederlandse gemeenten'],
    ['GR Avalex', 'avalex'],
    ['Gemeenschappelijke Regeling Avalex', 'avalex'],
    ['Stichting Regionaal Historisch Centrum', 'regionaal historisch centrum'],
    ['Omgevingsdienst Haaglanden te Den Haag', 'omgevingsdienst haaglanden'],
    ['GGD Brabant-Zuidoost', 'ggd brabant zuidoost'],
    ['Coöperatie Parkeerservice U.A.', 'parkeerservice'],
  ])('%s → %s', (raw, norm) => expect(nameTokens(raw).join(' ')).toBe(norm));

  test('an adjacent swap is one edit', () => {
    expect(editDistance('evdies', 'evides')).toBe(1);
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('abcd', 'bacx')).toBe(3); // a swap plus another change stays plain Levenshtein
  });
});

describe('party matcher', () => {
  const name = (q: string) => {
    const r = index.resolve(q);
    return r.kind === 'match' ? r.party.name : r.kind;
  };
  test.each([
    ['GGD', 'GGD Haaglanden'],
    ['ggd haaglnden', 'GGD Haaglanden'],
    ['vrh', 'Veiligheidsregio Haaglanden'],
    ['BNG bank', 'N.V. Bank Nederlandse Gemeenten'],
    ['bank nederlandse gemeenten nv', 'N.V. Bank Nederlandse Gemeenten'],
    ['metropoolregio rotterdamdenhaag', 'Metropoolregio Rotterdam Den Haag'],
    ['avalx', 'Avalex'],
    ['haaglanden', 'ambiguous'],
    ['vitens', 'none'],
    ['', 'none'],
  ])('%s → %s', (q, expected) => expect(name(q)).toBe(expected));

  test('no confident wrong answer: a miss offers the closest names, never a match', () => {
    const r = index.resolve('Brabant Water');
    expect(r.kind).not.toBe('match');
  });
});

describe('person matcher', () => {
  const people = new PersonIndex(parties);
  test('titles are ignored, particles are not required', () => {
    const r = people.resolve('wethouder de vries');
    expect(r.kind === 'match' && r.roles.person.name).toBe('Anne de Vries');
    const v = people.resolve('Vries');
    expect(v.kind === 'match' && v.roles.seats.length).toBe(3);
  });
  test('unknown people are not guessed', () => {
    expect(people.resolve('Pietersen').kind).toBe('none');
  });
});

describe('intent rules', () => {
  test.each([
    ['wie vertegenwoordigt ons bij de GGD?', 'represent'],
    ['Wie zit namens ons in het AB van de veiligheidsregio?', 'represent'],
    ['who sits on the general board of the GGD?', 'represent'],
    ['wie is accounthouder van Avalex', 'accountHolder'],
    ['wie is portefeuillehouder van de ODH', 'portfolioHolder'],
    ['in welke besturen zit Jansen?', 'personSeats'],
    ['welke verbonden partijen hebben we?', 'overview'],
    ['how many partners do we have?', 'overview'],
    ['welke stichtingen hebben we', 'category'],
    ['wat is een zienswijze', 'glossary'],
    ['what does AvA mean?', 'glossary'],
    ['hulp', 'help'],
    ['GGD', 'partyInfo'],
    ['kun je een taart bakken voor de afdelingsborrel van vrijdag', 'none'],
  ])('%s → %s', (q, kind) => expect(understand(q, demoModel).intent).toBe(kind === 'none' ? 'unknown' : kind));
});
