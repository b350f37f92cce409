/** Dates are stored as UTC midnight (YAML dates); format them in UTC so no reader sees yesterday. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const longDate = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

export function formatDate(date: Date): string {
  return longDate.format(date);
}
