const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2024-08-16" as a reader writes it: "16 August 2024". */
export function formatDate(iso: string): string {
  return LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
}
