import { wordTable } from '../text/wordTable';
import type { GuidanceTopic, RoleTopic } from './intentNames';
import { ROLE_TOPIC_PHRASES } from './lexicon';

/** How advice questions are asked: the shapes the reading uses to tell advice from a fact about a party. */
/** One's own role and what it asks of one: "wat wordt er van mij verwacht", "what are my responsibilities". */
export const EXPECTATION = /\b(wat houdt dat in|wat houdt dit in|wat houdt het in|wat houdt dat voor mij in|waar moet ik aan denken|waar moet ik rekening mee houden|what does that involve|what does this involve|what does that entail|what does it entail|what does that mean for me|s job|job with|job of|my tasks|what are my|mag ik|mandaat|am i bound|my duties|duties|vul ik|invullen|goed in|waar stuur ik|stuur ik op|waar moet ik beginnen|waar begin ik|where do i start|where should i start|hoe begin ik|role involves?|rol inhoudt|responsible|goede|good|verwacht|verwachten|verwachting|verantwoordelijk\w*|taken|taak|waar moet ik op letten|wat moet ik|wat mag en moet ik|hoe pak ik|what should i|what do i|responsibilit\w*|expected|supposed|my job|my part|mijn rol|my role|mijn taak|mijn taken)\b/;
/** What a role means or asks, said of a role just named: "wat houdt die rol in", "wat is haar rol als eigenaar", "what's expected of me". */
export const ROLE_MEANING = /\b(wat houdt (die|deze|de|dat|het|mijn|haar|zijn|hun) ?(rol|taak|functie)? ?(in de praktijk )?in|wat houdt het \w+schap in|wat (is|zijn) (mijn|haar|zijn|hun) (rol|taak|taken)|wat moet de (opdrachtgever|eigenaar|accounthouder) doen|wat moet ik doen in de \w+rol|whats expected of me|what are the (tasks|duties|responsibilities) of (a|an|the)|wat zijn de taken van (een|de)|what is expected of me|wat wordt (er )?van mij verwacht|what is (their|her|his|my) role|whats (their|her|his|my) role|what are (their|her|his|my) (tasks|duties)|ben ik dan \w+ en wat betekent dat|wat (mijn|haar|zijn|hun|onze) rol (als \w+ )?is|wat (wij|we|ik) als \w+( \w+)? (eigenlijk )?(moeten|moet) doen|what are my (responsibilities|tasks|duties)|what does (that|this|the|my) (job|role|position) (involve|entail|mean)|wat houdt dat (eigenlijk )?in voor (mij|hem|haar|ons)|waar moet (ik|hij|zij|ze) (dan )?op letten|whats our role towards|what is our role towards)\b/;
/** Asking what to do, in the first person: advice even when a party is named. */
export const ADVICE_ASKED = /\b(hoe informeren we|hoe informeren|how do we inform|hoe zorg ik|met wie moet|met wie moeten|do we need|do we have to|hoeven we|is dat een teken|is dit een teken|is that a sign|is this a sign|hoe communiceer|hoe communiceren|how do i communicate|how to communicate|how to tell|how do we tell|how do i tell|hoe vertel ik|hoe vertellen we|waaraan zie|dien ik|moet er|komt er|how should|hoe moet|hoe moeten|hoe informeer|wat moet ik|wat doe ik|wat moeten we|wie moet ik|wie moeten|moet ik|moet de raad|moeten we|welke stappen|what do i|what should i|who do i|who should i|should i|do i need|does the council|what steps)\b/;
/** A question that asks only how to go about what was told before it: "Hoe pak ik dat aan?", "How do we take this to the council?". */
export const HOW_TO_GO_ABOUT = /^(en |and |maar |but )?(hoe pak ik|hoe pakken we|hoe pak je|hoe ga ik|hoe gaan we|hoe begin ik|hoe moet ik|hoe moeten we|hoe doe ik|hoe doen we|hoe regel ik|hoe regelen we|hoe handel ik|how do i|how do we|how should i|how should we|how to|how can i|how can we|what should i do|what do i do|what do we do|wat moet ik doen|wat moeten we doen|wat doe ik|waar moet ik beginnen|waar begin ik|where do i start|where should i start)\b/;
/** A partner changing course or asking for more money: what the communication advice is about. */
export const PARTY_CHANGE = /\b(verhoogt|verhogen|verhoging|raise|raises|raising|increase|increases|wijzigt|aanpast|verandert|extra geld|extra bijdrage|hogere bijdrage|changes course|changes its)\b/;
/** How people ask for advice: "hoe", "wanneer", "met wie", "moet ik", "how do I", "who should". */
export const ADVICE_SHAPE = /\b(hoe|wanneer|met wie|wie moet|wat moet|waar moet|moet ik|moeten we|kan ik|zou ik|wat doe ik|how|when|who should|what should|should i|should we|do i|must i|what do i|what do we)\b/;
/** Word starts per guidance topic (governance notes §3 and §6): what an advice question is about. */
const TOPIC_STEMS: Record<'signals' | 'alignment' | 'communication', string[]> = {
  signals: ['zorgen', 'signa', 'waarschuw', 'misgaa', 'misloop', 'ontspo', 'slecht', 'probleem', 'problem', 'tekort', 'verlies', 'achterstand', 'overschrijd', 'alarm', 'zorgelijk', 'trouble', 'wrong', 'warning', 'sign', 'deficit', 'overrun', 'loss', 'vroegtijdig', 'early'],
  alignment: ['afstem', 'stem', 'overleg', 'betrek', 'intern', 'concerncontrol', 'juridisch', 'juristen', 'griffie', 'vakafdeling', 'afdeling', 'collega', 'align', 'consult', 'involve', 'department', 'legal', 'registrar', 'clerk'],
  communication: ['communic', 'informeer', 'informeren', 'inlicht', 'raadsinformatie', 'rib', 'zienswijze', 'extern', 'buiten', 'persbericht', 'persconferentie', 'nieuws', 'bericht', 'aankondig', 'inform', 'announce', 'externa', 'press', 'news', 'message', 'council'],
};
export function topicByStems(words: string[]): GuidanceTopic | undefined {
  let best: GuidanceTopic | undefined;
  let bestHits = 0;
  for (const [topic, stems] of Object.entries(TOPIC_STEMS) as [keyof typeof TOPIC_STEMS, string[]][]) {
    const hits = words.filter((w) => stems.some((s) => w.startsWith(s))).length;
    if (hits > bestHits) {
      best = topic;
      bestHits = hits;
    } else if (hits === bestHits && hits > 0) best = undefined;
  }
  return best;
}

/** Seats named after "als"/"as" that are the representative's role: "als AB-lid", "as our rep". */
const AS_SEAT = wordTable<RoleTopic>({ 'ab lid': 'vertegenwoordiger', 'db lid': 'vertegenwoordiger', ablid: 'vertegenwoordiger', dblid: 'vertegenwoordiger', bestuurslid: 'vertegenwoordiger', 'our rep': 'vertegenwoordiger', rep: 'vertegenwoordiger', 'board member': 'vertegenwoordiger' });

/** The role named after each "als"/"as" ("als accounthouder", "as the representative"), in order; undefined where none is. */
export function rolesAfterAs(words: string[]): (RoleTopic | undefined)[] {
  const out: (RoleTopic | undefined)[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] !== 'als' && words[i] !== 'as') continue;
    const next = ['een', 'de', 'het', 'a', 'an', 'the'].includes(words[i + 1]) ? i + 2 : i + 1;
    out.push(ROLE_TOPIC_PHRASES[words.slice(next, next + 2).join(' ')] ?? AS_SEAT[words.slice(next, next + 2).join(' ')] ?? ROLE_TOPIC_PHRASES[words[next] ?? ''] ?? AS_SEAT[words[next] ?? '']);
  }
  return out;
}
