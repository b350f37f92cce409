/** Dates are stored as UTC midnight (YAML dates); format them in UTC so no reader sees yesterday. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const longDate = (locale: string) =>
  new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });

/** "December 1, 2026", or in Spanish "1 de diciembre de 2026". */
export function formatDate(date: Date, locale = 'en-US'): string {
  return longDate(locale).format(date);
}
