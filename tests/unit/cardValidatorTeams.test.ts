import { cardProblems } from '../../support/cardValidator';

/**
 * The validator's Teams choice set extensions: `choices.data` (Data.Query) and `style: "filtered"`
 * are checked against the 1.6 schema's definitions and taken out before the 1.5 check.
 */
const cardWith = (input: Record<string, unknown>, version = '1.5') => ({ type: 'AdaptiveCard', version, body: [{ type: 'TextBlock', text: 'Form', wrap: true }, { type: 'Input.ChoiceSet', id: 'x', label: 'Who', choices: [{ title: 'Anne', value: 'a' }], ...input }] });
const PEOPLE = { type: 'Data.Query', dataset: 'graph.microsoft.com/users?scope=currentContext' };

describe('Teams choice set extensions on a 1.5 card', () => {
  test('a people picker, a dynamic typeahead and a filtered static list pass', () => {
    expect(cardProblems(cardWith({ 'choices.data': PEOPLE }))).toEqual([]);
    expect(cardProblems(cardWith({ 'choices.data': { type: 'Data.Query', dataset: 'partnerwijzer.parties', count: 15, skip: 0 }, style: 'filtered' }))).toEqual([]);
    expect(cardProblems(cardWith({ style: 'filtered' }))).toEqual([]);
    // Nested in a container and in a ShowCard's card as well.
    const nested = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Container', items: [cardWith({ 'choices.data': PEOPLE }).body[1]] }], actions: [{ type: 'Action.ShowCard', title: 'Open', card: { type: 'AdaptiveCard', body: [{ ...cardWith({ 'choices.data': PEOPLE }).body[1], id: 'y' }] } }] };
    // A wrong one nested inside a ShowCard is found too.
    const badNested = { ...nested, actions: [{ type: 'Action.ShowCard', title: 'Open', card: { type: 'AdaptiveCard', body: [{ ...cardWith({ 'choices.data': { type: 'Data.Query', dataset: 1 } }).body[1], id: 'y' }] } }] };
    expect(cardProblems(badNested).join('\n')).toMatch(/schema 1\.6: \/actions\/0\/card\/body\/0\/choices\.data\/dataset/);
    expect(cardProblems(nested)).toEqual([]);
  });

  test('a wrong choices.data fails against the 1.6 definition', () => {
    expect(cardProblems(cardWith({ 'choices.data': { type: 'Data.Quer', dataset: 'graph.microsoft.com/users' } })).join('\n')).toMatch(/schema 1\.6: \/body\/1\/choices\.data\/type/);
    expect(cardProblems(cardWith({ 'choices.data': { type: 'Data.Query' } })).join('\n')).toMatch(/schema 1\.6: .*dataset/);
    expect(cardProblems(cardWith({ 'choices.data': { type: 'Data.Query', dataset: 5 } })).join('\n')).toMatch(/schema 1\.6: .*dataset/);
    expect(cardProblems(cardWith({ 'choices.data': { type: 'Data.Query', dataset: ' ' } })).join('\n')).toMatch(/must not be empty/);
    expect(cardProblems(cardWith({ 'choices.data': { type: 'Data.Query', dataset: 'x', top: 15 } })).join('\n')).toMatch(/additional properties/);
    expect(cardProblems(cardWith({ 'choices.data': 'graph.microsoft.com/users' })).join('\n')).toMatch(/schema 1\.6/);
  });

  test('only those two properties, only on choice sets: every other deviation still fails', () => {
    // choices.data on another element is not a Teams extension.
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text', id: 't', label: 'x', 'choices.data': PEOPLE }] }).join('\n')).toMatch(/^schema: /m);
    // Other 1.6-only properties are still refused (the 1.5 schema sees them).
    expect(cardProblems(cardWith({ 'choices.data': PEOPLE, labelPosition: 'inline' })).join('\n')).toMatch(/^schema: /m);
    expect(cardProblems(cardWith({ style: 'bogus' })).join('\n')).toMatch(/^schema: /m);
    // A choice set still needs a choice (the adaptivecards library), dynamic or not.
    expect(cardProblems(cardWith({ 'choices.data': PEOPLE, choices: [] })).join('\n')).toMatch(/at least one choice/);
    // And the card stays version 1.5.
    expect(cardProblems(cardWith({ 'choices.data': PEOPLE }, '1.6')).join('\n')).toMatch(/version must be "1.5"/);
  });
});
