import type { GuidanceTopic } from '../domain/understanding/intentNames';
import type { Catalogue } from '../locales';
import { submit } from './actions';
import { card, type AdaptiveCardJson } from './cardKit';
import { textBlock } from './elements';

/** Advice from the domain notes in a short card, with the source and a follow-up button. */
export function guidanceCard(topic: GuidanceTopic, t: Catalogue): AdaptiveCardJson {
  const u = t.understand;
  const b = u.guidanceButtons;
  const ask = (title: string, text: string) => submit(title, { action: 'ask', text });
  const signalText = u.guidanceAsks.signal;
  const checklistText = u.guidanceAsks.change;
  if (topic.startsWith('role:')) {
    const g = u.roleGuidance[topic.slice(5) as keyof typeof u.roleGuidance];
    return card(
      [
        { type: 'TextBlock', text: g.title, weight: 'Bolder', size: 'Medium', wrap: true },
        { type: 'TextBlock', text: g.text, wrap: true },
        { type: 'TextBlock', text: g.source, wrap: true, isSubtle: true, size: 'Small' },
      ],
      [ask(b.checklist, checklistText), ask(b.roles, u.guidanceAsks.roles)],
    );
  }
  const g = u.guidance[topic as keyof typeof u.guidance];
  return card(
    [
      { type: 'TextBlock', text: g.title, weight: 'Bolder', size: 'Medium', wrap: true },
      ...g.lines.map((line) => textBlock(line.match(/^\d\./) ? line : `• ${line}`, { spacing: 'Small' })),
      { type: 'TextBlock', text: g.source, wrap: true, isSubtle: true, size: 'Small' },
    ],
    topic === 'signals' ? [ask(b.signal, signalText)] : [ask(b.checklist, checklistText), ask(b.signal, signalText)],
  );
}
