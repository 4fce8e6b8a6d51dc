import { message, messageKey, type Message } from '../text/message-keys';
import type { ClientPreferences } from '../../model/values';

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight, or undefined for anything that is not a 24-hour HH:MM. */
export function parseHhMm(s: string | undefined): number | undefined {
  const m = s === undefined ? null : HHMM.exec(s);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** "4", "5:30": the meridiem is added only where the phrase needs it. */
function clock(minutes: number): { text: string; meridiem: Message } {
  const h = Math.floor(minutes / 60);
  const mm = minutes % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const text = mm === 0 ? String(h12) : `${h12}:${String(mm).padStart(2, '0')}`;
  return { text, meridiem: message(h < 12 ? 'clockAm' : 'clockPm', text) };
}

// Channels without a verb of their own are reached by a call.
const VERB: Record<NonNullable<ClientPreferences['preferredChannel']>, string> = {
  call: 'call',
  video: 'call',
  letter: 'call',
  text: 'text',
  email: 'email',
  visit: 'visit',
};

/** "call between 4 and 6 pm", "text after 5:30 pm"; undefined when no valid time is known. */
export function bestTimePhrase(prefs: ClientPreferences | undefined): Message | undefined {
  if (!prefs) return undefined;
  const verb = message(messageKey('bestTimeVerb', VERB[prefs.preferredChannel ?? 'call']));
  const start = parseHhMm(prefs.bestTimeStart);
  const end = parseHhMm(prefs.bestTimeEnd);
  if (start !== undefined && end !== undefined) {
    const a = clock(start);
    const b = clock(end);
    const from = a.meridiem.key === b.meridiem.key ? a.text : a.meridiem;
    return message('bestTimeBetween', verb, from, b.meridiem);
  }
  if (start !== undefined) return message('bestTimeAfter', verb, clock(start).meridiem);
  if (end !== undefined) return message('bestTimeBefore', verb, clock(end).meridiem);
  return undefined;
}
