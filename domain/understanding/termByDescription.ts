import type { GlossaryId } from '../glossary/terms';
import { foldText } from '../register/nameNormalize';

/** "hoe heet het als …", "what do you call …": the user describes a concept and asks for its term. */
const NAMING = /\b(hoe (heet|heten|noem je|noemen (we|jullie|ze)|noem ik)|wat is (de|het) (term|woord|naam|officiele naam|officiele term) (voor|van)|welk woord|what'?s (it|that|this) called|what is (it|that|this) called|whats (it|that) called|what do (you|we|they|people) call|what'?s the (term|word|name|official name|official term|dutch word|dutch term) for|what is the (term|word|name|dutch word|dutch term) for|how do you call|is there a (word|term) for|(is|are) called( in dutch)?\s*\??$|called( in dutch)?\s*\??$)/;

/**
 * Everyday descriptions of the glossary's terms, each a list of word groups that must all occur
 * (a group is alternatives). Domain knowledge from governance.md §7 (the glossary), in the words
 * staff use when they do not know the term; more specific terms come first.
 */
const DESCRIPTIONS: [GlossaryId, RegExp[]][] = [
  ['wensen_en_bedenkingen', [/\b(vooraf|voordat|beforehand|before|in advance)\b/, /\b(mening|vindt|vinden|zeggen|opinion|say|views?|objections?|bezwaren)\b/]],
  ['zienswijze', [/\b(mening|opinie|reactie|vindt|vinden|zeggen|opinion|views?|say|response|reaction)\b/, /\b(begroting\w*|budgets?|plannen|plans?)\b/]],
  ['dagelijks_bestuur', [/\b(dagelijk\w*|day[- ]to[- ]day|daily|kleine bestuur|small board|smaller board)\b/, /\b(bestuur|board|werk|business|work)\b/]],
  ['algemeen_bestuur', [/\b(alle gemeenten|elke gemeente|iedere gemeente|every municipality|each municipality|all (the )?(member )?municipalities)\b/, /\b(bestuur|board)\b/]],
  ['ava', [/\b(aandeelhouder\w*|shareholders?)\b/, /\b(vergader\w*|meeting|meet|stemmen|stemt|vote|votes|voting)\b/]],
  ['raad_van_commissarissen', [/\b(toezicht\w*|supervis\w*|commissarissen|oversight)\b/, /\b(bv|nv|bedrijf|company|directie|management|board|raad)\b/]],
  ['uittreding', [/\b(eruit|uitstappen|stappen|stoppen|stopt|leave|leaving|exit|exiting|withdraw\w*|pull(s|ing|ed)? out|quit\w*|opzeggen)\b/, /\b(regeling|gr|arrangement|joint|samenwerking|cooperation)\b/]],
  ['weerstandsvermogen', [/\b(buffer|potje|reserves?|tegenvaller\w*|setbacks?|opvangen|absorb\w*|cushion|risico's opvangen)\b/]],
  ['solvabiliteit', [/\b(schulden|debts?)\b/, /\b(betalen|terugbetalen|afbetalen|pay|paying|repay)\b/]],
  ['dividend', [/\b(winst|profits?)\b/, /\b(uitkeert|uitkering|uitbetaalt|uitbetaald|pays?|paid|terug|back|krijgen|krijgt|get|receive|gets)\b/]],
  ['actieve_informatieplicht', [/\b(uit zichzelf|ongevraagd|zonder dat|without being asked|unasked|of (its|their) own accord|proactive\w*|zelf)\b/, /\b(raad|council)\b/]],
  ['raadsinformatiebrief', [/\b(brief|letter|memo)\b/, /\b(raad|council)\b/]],
  ['kaderbrief', [/\b(brief|letter|nota)\b/, /\b(voorjaar|spring|grote lijnen|main (lines|outlines)|outlines?|kaders?|framework)\b/]],
  ['ontwerpbegroting', [/\b(eerste versie|first version|concept|draft|voorlopige)\b/, /\b(begroting|budget)\b/]],
  ['voorlopige_jaarrekening', [/\b(jaarrekening|accounts|jaarverslag|annual report)\b/, /\b(voorlopig\w*|nog niet (vastgesteld|goedgekeurd)|not yet|before|provisional|preliminary|draft)\b/]],
  ['gemeenschappelijke_adviescommissie', [/\b(commissie|committee)\b/, /\b(raadsleden|councillors|councilors|council members)\b/]],
  ['paragraaf_verbonden_partijen', [/\b(hoofdstuk|stuk|chapter|section|paragraaf|deel|part)\b/, /\b(begroting|budget|jaarstukken)\b/]],
  ['bedrijfsvoeringsorganisatie', [/\b(back[- ]?office|bedrijfsvoering|ondersteun\w*|support|ict|hr|salarisadministratie|payroll)\b/]],
  ['lichte_gr_vormen', [/\b(een gemeente|one municipality|1 gemeente)\b/, /\b(andere|other|others)\b/]],
  ['gedeputeerde_staten', [/\b(provincie|province|provincial)\b/]],
  ['bbv', [/\b(regels|rules|voorschriften|besluit)\b/, /\b(begroting|budget|jaarrekening|accounts)\b/]],
  ['wgr', [/\b(wet|law|act)\b/]],
  ['gemeenschappelijke_regeling', [/\b(samenwerking\w*|cooperation|co-operation|joint|together|samen)\b/]],
];

/** The term a naming question describes ("hoe heet het als we uit een regeling stappen?" → uittreding), if one fits. */
export function termByDescription(message: string): GlossaryId | undefined {
  const text = foldText(message).replace(/[’`]/g, "'");
  if (!NAMING.test(text)) return undefined;
  return DESCRIPTIONS.find(([, groups]) => groups.every((g) => g.test(text)))?.[0];
}
