import { findTerm, GLOSSARY_IDS, glossarySource, type GlossaryId } from '../../domain/glossary/terms';
import { glossaryEn } from '../../locales/glossary.en';
import { glossaryNl } from '../../locales/glossary.nl';

const nl = (id: GlossaryId) => glossaryNl[id].definition;
const en = (id: GlossaryId) => glossaryEn[id].definition;

describe('corrected statements (governance.md §2 and §8)', () => {
  test('the 12 weeks count to the moment the draft budget is offered to the AB, not to adoption', () => {
    expect(nl('ontwerpbegroting')).toContain('twaalf weken voordat zij aan het algemeen bestuur wordt aangeboden');
    expect(nl('ontwerpbegroting')).toContain('niet tot de vaststelling');
    expect(nl('ontwerpbegroting')).not.toMatch(/vóór de vaststelling door het AB/);
    expect(en('ontwerpbegroting')).toContain('not to adoption');
  });
  test('consent may only be withheld for conflict with the law or the public interest, and covers joining and leaving', () => {
    expect(nl('toestemming')).toContain('alleen onthouden wegens strijd met het recht of het algemeen belang');
    expect(nl('toestemming')).toContain('toetreden en uittreden');
    expect(nl('toestemming')).not.toContain('onvoldoende met de zienswijze');
    expect(glossarySource('toestemming')).toBe('Wgr art. 1 lid 4 en 5; kennisopenbaarbestuur.nl');
    expect(en('toestemming')).toContain('only for conflict with the law or the public interest');
  });
  test('GS receive the adopted budget within two weeks of adoption and before 15 September, the accounts before 15 July', () => {
    expect(nl('gedeputeerde_staten')).toContain('vastgestelde begroting binnen twee weken na vaststelling en in elk geval vóór 15 september');
    expect(nl('gedeputeerde_staten')).toContain('vóór 15 juli');
    expect(en('gedeputeerde_staten')).toContain('within two weeks of adoption and in any case before 15 September');
  });
  test('the 8-week term on a draft arrangement applies to college and mayor arrangements; the view goes to the own college', () => {
    expect(nl('zienswijze')).toContain('ontwerpregeling van college of burgemeester');
    expect(nl('zienswijze')).toContain('acht weken na ontvangst, naar het eigen college');
    expect(nl('zienswijze')).toContain('laat de wet aan de regeling over');
    expect(en('zienswijze')).toContain('draft arrangement of the executive or the mayor');
  });
  test('the duty to inform is in the law since 2022; the arrangement works it out', () => {
    expect(nl('actieve_informatieplicht')).toContain('sinds de wijziging van de Wgr in 2022 in de wet');
    expect(nl('actieve_informatieplicht')).toContain('werkt de regeling uit');
    expect(en('actieve_informatieplicht')).toContain('since the 2022 amendment');
  });
  test('the BVO is not sourced to Wgr art. 34–35', () => {
    expect(glossarySource('bedrijfsvoeringsorganisatie')).not.toMatch(/34/);
    expect(glossarySource('bedrijfsvoeringsorganisatie')).toContain('niet geverifieerd');
  });
  test('what the law leaves to the arrangement is marked', () => {
    expect(nl('uittreding')).toContain('laat de wet aan de regeling over');
    expect(en('uittreding')).toContain('the law leaves to the arrangement');
  });
});

describe('new entries for the common language', () => {
  const NEW: GlossaryId[] = ['regierol', 'faciliterende_rol', 'verbindende_rol', 'financiersrol', 'toezichthoudersrol', 'openbaar_belang', 'wensen_en_bedenkingen', 'zienswijzeprocedure'];
  test.each(NEW)('%s: Dutch and English, with a source', (id) => {
    expect(GLOSSARY_IDS).toContain(id);
    expect(glossaryNl[id].definition.length).toBeGreaterThan(80);
    expect(glossaryEn[id].definition.length).toBeGreaterThan(80);
    expect(glossarySource(id).length).toBeGreaterThan(5);
  });
  test('roles without a legal basis say they are practice, not law', () => {
    for (const id of ['regierol', 'faciliterende_rol', 'verbindende_rol', 'financiersrol', 'toezichthoudersrol'] as GlossaryId[]) {
      expect(nl(id)).toMatch(/[Pp]raktijk/);
      expect(en(id)).toMatch(/practice/);
      expect(glossarySource(id)).toMatch(/geen wettelijke bron|niet in de wet/);
    }
  });
  test('wensen en bedenkingen: Gemeentewet art. 160 lid 2, the uncertain art. 169 lid 4 worded carefully', () => {
    expect(nl('wensen_en_bedenkingen')).toContain('Gemeentewet art. 160 lid 2');
    expect(nl('wensen_en_bedenkingen')).toContain('art. 169 lid 4; controleer de precieze tekst');
  });
  test('the zienswijze procedure, step by step, for the draft budget and for a draft arrangement', () => {
    const text = nl('zienswijzeprocedure');
    for (const w of ['1. het dagelijks bestuur zendt de ontwerpbegroting', 'reageert er schriftelijk op', 'binnen acht weken', 'eigen college', 'strijd met het recht of het algemeen belang']) expect(text).toContain(w);
  });
  test('the names users type find the entries, without touching the channel-link word "verbinden"', () => {
    expect(findTerm('wensen en bedenkingen')).toBe('wensen_en_bedenkingen');
    expect(findTerm('regierol')).toBe('regierol');
    expect(findTerm('regionale raadscommissie')).toBe('gemeenschappelijke_adviescommissie');
    expect(findTerm('zienswijzeprocedure')).toBe('zienswijzeprocedure');
    expect(findTerm('verbinden')).toBeUndefined();
  });
});
