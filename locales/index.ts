import type { Catalogue, Lang } from './catalogue';
import { en } from './en';
import { nl } from './nl';
import { calendarNl } from './calendar.nl';
import { glossaryEn } from './glossary.en';
import { glossaryNl } from './glossary.nl';
import type { GlossaryTexts } from './glossaryTypes';

export type { Catalogue, Lang } from './catalogue';

const CATALOGUES: Record<Lang, Catalogue> = { nl, en };

export function glossaryTexts(lang: Lang): GlossaryTexts {
  return lang === 'en' ? glossaryEn : glossaryNl;
}

export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** The texts the reminder planner and the digest write into what they plan (Dutch, as stored). */
export function planningTexts(t: Catalogue = nl) {
  const reminders = t.teamsClient.reminder;
  return { reminders, calendar: calendarNl, digest: { ...t.digest.items, meetingTitle: reminders.meetingTitle, calendar: calendarNl } };
}

const EN_WORDS = new Set(['who', 'what', 'which', 'where', 'show', 'represents', 'represent', 'us', 'at', 'the', 'is', 'are', 'do', 'we', 'have', 'partners', 'parties', 'risk', 'high', 'difference', 'between', 'my', 'open', 'steps', 'log', 'meeting', 'report', 'change', 'list', 'all', 'how', 'does', 'of', 'representation', 'representative', 'tell', 'me', 'about', 'on', 'boards', 'board', 'overview', 'explain', 'define', 'meaning', 'mean', 'account', 'holder', 'manager', 'sits', 'sit', 'shareholder', 'foundations', 'companies', 'show', 'partner', 'please', 'there', 'our', 'many']);
const NL_WORDS = new Set(['wie', 'wat', 'welke', 'waar', 'toon', 'vertegenwoordigt', 'ons', 'bij', 'de', 'het', 'een', 'is', 'zijn', 'hebben', 'we', 'wij', 'partijen', 'verbonden', 'risico', 'hoog', 'verschil', 'tussen', 'mijn', 'stappen', 'vergadering', 'vastleggen', 'melden', 'wijziging', 'alle', 'hulp', 'van', 'namens', 'zit', 'besturen', 'toon', 'over', 'uitleg', 'betekent', 'accounthouder', 'overzicht', 'stichtingen', 'vennootschappen', 'regelingen', 'wethouder', 'burgemeester', 'graag', 'onze', 'hoeveel', 'welk']);

/**
 * Chooses the reply language: the words the user typed win; when they say nothing either way
 * ("help", a party name), the client locale decides; Dutch is the default.
 */
export function detectLang(text: string | undefined, locale: string | undefined): Lang {
  const words = (text ?? '').toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
  let score = 0;
  for (const w of words) {
    const isEn = EN_WORDS.has(w);
    const isNl = NL_WORDS.has(w);
    if (isEn && !isNl) score += 1;
    if (isNl && !isEn) score -= 1;
  }
  if (score > 0) return 'en';
  if (score < 0) return 'nl';
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
