import { helpCard } from '../cards/helpCard';
import type { Dialog } from './types';
import { normalizeQuestion } from './normalize';

const HELP = new Set(['help', 'hulp', 'menu', 'start', 'wat kun je', 'wat kan je', 'wat kun jij', 'what can you do', 'commands', 'commando s', 'help me', 'hallo', 'hoi', 'hello', 'hi']);

export const helpDialog: Dialog = {
  name: 'help',
  matches: (input) => HELP.has(normalizeQuestion(input.text)) || normalizeQuestion(input.text) === '?',
  run: async ({ t }) => [{ card: helpCard(t) }],
};
