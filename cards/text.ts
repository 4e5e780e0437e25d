export { escapeMarkdown } from '../domain/text/markdown';

/** Dutch notation for whole euros: € 1.234.567 (the same notation as the budget paragraph). */
export { formatEuroDutch as formatEuro } from '../domain/paragraph/money';
