/**
 * "Individual therapy · 53 min · 11:00 AM", "Initial Assessment · 60 min · Mon Dec 7, 10:00 am": the line an opened
 * appointment, session or video visit prints above its client's name, telling the visit by its time of day or its
 * length. It is the visit's, never a name, and a card may lead with it before the name's line.
 */
const CLOCK = /\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?=$|[^\d:])/i;
const LENGTH = /\b\d{1,3}\s*(?:min|mins|minutes|hr|hrs|hours?)\b/i;

export function isVisitLine(text: string): boolean {
  return text.length <= 120 && (CLOCK.test(text) || LENGTH.test(text));
}
