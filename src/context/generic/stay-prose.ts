import { formatYMD, parseDate, splitPeriod, type YMD } from '../parse/dates';
import type { DateOrder } from '../types';
import type { LabelRule } from './labels';
import type { RawPair } from './line';

/**
 * The stay as notes and summaries write it in sentences: "Admitted to Isolation Ward on 03/02/2026",
 * "discharged home on 03/09/2026", "expected discharge Mar 9, 2026". Each keyword speaks for the first
 * date before the next keyword or the sentence's end, and only for a current stay (a year back at
 * most, an expected discharge a few months ahead): "admitted in 2019 for CHF" is history.
 */
const KEY = /\b(?:(expected|anticipated|planned|projected|estimated|target)\s+)?(?:(admitted|admission|admit date|adm|hospitali[sz]ed|in (?:the )?hospital)|(discharged|discharge date|d\/c date)|(discharge|d\/c))\b/gi;
/** "to Isolation Ward", "to 4 West, Room 412": where the client was admitted, when it names a place in a hospital. */
const PLACE = /^\s*(?:to|onto|into)\s+(?:the\s+)?([\p{Lu}\d][^.;:()[\]|·–—]{1,38}?)(?=\s*[)\]|·–—]|\s+-\s|\s+(?:on|at|via|from|with|for|after|through)\b)/u;
const WARD = /\b(?:ward|unit|icu|ccu|nicu|picu|room|bed|floor|wing|bay|north|south|east|west)\b/i;
/** Or after the dates: "admitted 11/20/2026 at Harrow General", "last admission: 06/11 – 06/15/2026, Lakeside Regional". */
const PLACE_AFTER = /\d(?:\s*(?:[ap]\.?m\.?))?\s*(?:,|\bat\b)\s+(?:the\s+)?(\p{Lu}[^.;:()[\]|·–—\d,]{1,38}?)\s*(?=[.;,)\]|·–—]|$|\s+(?:on|via|from|with|for|after|to)\b)/u;
/** Or the hospital itself, named as hospitals name themselves ("admitted to Lakeshore General on …"). */
const HOSPITAL = /\b(?:hospital|general|regional|memorial|infirmary|medical cent(?:er|re))\b/i;
/**
 * Or a hospital before the keyword, as a header's stay line puts it ("Current stay: Lakeside Behavioral Hospital, Unit 2B · Admitted
 * 11/28/2026"): the words in capitals (a place's own "of", "the", "and" aside) since the line's last separator, past a
 * caption saying it is the current stay.
 */
const PLACE_BEFORE = /(?:^|[·|•–—:])\s*(?:(?:[Cc]urrent|[Aa]ctive|[Rr]ecent|CURRENT)\s+(?:[Ss]tay|[Aa]dmission|[Ii]npatient [Ss]tay|[Hh]ospitali[sz]ation|STAY|ADMISSION)\s*:?\s*)?((?:[\p{Lu}\d][\p{L}\d'’&-]*|of|the|and)(?:,?\s+(?:[\p{Lu}\d][\p{L}\d'’&-]*|of|the|and)){0,7})\s*[·|•,–—-]?\s*$/u;
/** "Recently discharged: Valley General, adm 11/19", "discharged from Lakeshore General on 11/24": the hospital the stay ended at. */
const FROM_PLACE = /^\s*(?::|from)\s+(?:the\s+)?(\p{Lu}[^.;:,()[\]|·–—\d]{1,38}?)\s*(?=[,;]|\s+(?:on|at)\b)/u;
const DAY = 86400000;
/** A full stop ends the sentence, unless it ends a title, a place's or number's abbreviation or an initial: "St. Luke's", "Dr. Okafor", "J. Smith". */
const SENTENCE_END = /[;!?]|(?<!\b(?:[SFM]t|Dr|Mrs?|Ms|Prof|No|Jr|Sr|\p{Lu}))\.\s+(?=\p{Lu})/u;

const rule = (field: 'admitDate' | 'dischargeDate' | 'location', dischargeActual?: boolean): LabelRule => ({ field, re: /^$/, ...(dischargeActual === undefined ? {} : { dischargeActual }) });

export function readStayProse(text: string, today: YMD, order: DateOrder | undefined): RawPair[] {
  const keys = [...text.matchAll(KEY)].slice(0, 6);
  const now = Date.UTC(today.y, today.m - 1, today.d);
  const out: RawPair[] = [];
  let leftFrom: string | undefined;
  keys.forEach((k, i) => {
    const [, expected, admit, done, noun] = k;
    const from = (k.index ?? 0) + k[0].length;
    // A bare "discharge" is planning or instructions unless it is said to be expected, or a date follows it ("adm 11/19, d/c 11/24").
    const dated = /^:?\s*\d/.test(text.slice(from));
    if (noun && !expected && !dated) return;
    const window = text.slice(from, Math.min(keys[i + 1]?.index ?? text.length, from + 60)).split(SENTENCE_END)[0] as string;
    const left = done ? FROM_PLACE.exec(window)?.[1] : undefined;
    if (left && (WARD.test(left) || HOSPITAL.test(left))) leftFrom ??= left;
    const date = parseDate(window, { order, kind: 'event', today });
    if (!date) return;
    const [y, m, d] = date.iso.split('-').map(Number) as [number, number, number];
    const days = (Date.UTC(y, m - 1, d) - now) / DAY;
    if (days < -365 || days > (admit ? 1 : 120)) return;
    const how = `"${k[0]}" in a sentence`;
    if (admit) {
      // "Hospitalized at Harborview 11/20/2026 - 11/27/2026": a range is the whole stay.
      const end = splitPeriod(window.slice(window.search(/\d/)))?.end;
      const until = end && parseDate(end, { order, kind: 'event', today });
      if (until) out.push({ rule: rule('dischargeDate', until.iso <= formatYMD(today.y, today.m, today.d)), raw: end as string, how });
      out.push({ rule: rule('admitDate'), raw: window, how });
      const before = text.slice(Math.max(0, (k.index ?? 0) - 80), k.index).split(SENTENCE_END).pop() ?? '';
      // Before it only a hospital's name: a chip of its own ("Room 6S-614-B | Admitted …") is read by its label.
      const named = i === 0 ? PLACE_BEFORE.exec(before)?.[1] : undefined;
      const place = PLACE.exec(window)?.[1] ?? PLACE_AFTER.exec(window)?.[1] ?? (named && HOSPITAL.test(named) ? named : undefined);
      if (place && (WARD.test(place) || HOSPITAL.test(place))) out.push({ rule: rule('location'), raw: place, how });
    } else out.push({ rule: rule('dischargeDate', (!!done || (dated && days <= 0)) && !expected), raw: window, how });
  });
  // Only as the place of a stay the text dates, and of no other place it names.
  if (leftFrom && out.length > 0 && !out.some((p) => p.rule.field === 'location')) out.push({ rule: rule('location'), raw: leftFrom, how: '"discharged" in a sentence' });
  return out;
}
