/**
 * Amounts as Dutch Excel writes them: "1.234,56", "€ 1.234", "-12,5", and plain "1234.56".
 * Stored as whole cents so round trips are exact.
 */
export function parseAmountToCents(raw: string): number | null | 'invalid' {
  let s = raw.replace(/\u00a0/g, ' ').trim().replace(/^€\s*/, '').replace(/\s+/g, '');
  if (s === '') return null;
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  let euros: string;
  let fraction = '';
  if (s.includes(',')) {
    // Dutch: dots group thousands, the comma starts the decimals.
    if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$/.test(s) && !/^\d+(,\d{1,2})?$/.test(s)) return 'invalid';
    [euros, fraction = ''] = s.replace(/\./g, '').split(',');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    euros = s.replace(/\./g, ''); // "1.234.567": thousands only
  } else if (/^\d+(\.\d{1,2})?$/.test(s)) {
    [euros, fraction = ''] = s.split('.');
  } else {
    return 'invalid';
  }
  const cents = Number(euros) * 100 + Number((fraction + '00').slice(0, 2));
  if (!Number.isSafeInteger(cents)) return 'invalid';
  return negative ? -cents : cents;
}

/** "2.150.000,00": always two decimals and thousands dots, so export → import → export is identical. */
export function formatCentsDutch(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const frac = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${euros},${frac}`;
}
