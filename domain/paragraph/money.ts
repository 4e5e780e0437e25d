/** € 1.234.567 — whole euros in Dutch notation, as budget documents print them. */
export function formatEuroDutch(cents: number): string {
  const euros = Math.round(cents / 100);
  const digits = Math.abs(euros).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${euros < 0 ? '-' : ''}€ ${digits}`;
}
