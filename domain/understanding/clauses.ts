/**
 * A message's clauses: its sentences, and the parts a comma or a contrast ("maar", "but") separates.
 * A colleague often says what they know first and asks after it ("Bij de GGD weet ik het, maar wie
 * is accounthouder bij de Jeugdzorgregio?"), or asks first and adds why.
 */
export interface Clause {
  text: string;
  question: boolean;
}

const QUESTION_START = /^(?:(?:en|and|maar|but|dus|so|oke|ok)\s+)?(wie|wat|waar|waarom|wanneer|hoe|welke|welk|hoeveel|who|whom|what|where|why|when|how|which|zit|zitten|heeft|hebben|geldt|klopt|is|zijn|are|does|do|did|has|have|can|kan|kun)\b/i;

/** Sentence ends after a word of two letters or more ("N.V. Bank" is one name), commas, and "maar"/"but" before a question word. */
const BREAK = /(?<=\p{L}{2}[?!.;])\s+|,\s*|\s+(?=(?:maar|but)\s+(?:wie|wat|waar|wanneer|hoe|welke|hoeveel|who|what|where|when|how|which)\b)/iu;

export function clausesOf(typed: string): Clause[] {
  const parts: string[] = [];
  for (const t of typed.split(BREAK).map((x) => x.trim()).filter((x) => /\p{L}/u.test(x))) {
    // "Geldt dat ook voor het archief, of wie heeft dat?": an "or" goes on with the clause before it.
    if (parts.length > 0 && /^(of|or)\s/i.test(t)) parts[parts.length - 1] += ` ${t}`;
    else parts.push(t);
  }
  return parts.map((text) => ({ text, question: /\?\s*$/.test(text) || QUESTION_START.test(text) }));
}
