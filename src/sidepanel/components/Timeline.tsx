import { computed } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { addDays } from '../../domain/time/dates';
import { timeline, type TimelineDay } from '../../domain/contacts/timeline';
import { usePanel } from '../panel';
import './timeline.css';

const DAYS = 90;
/** Drawing units: the SVG scales to the panel's width, text stays readable at 250–360 px. */
const WIDTH = 360;
const LEFT = 64;
const DAY_WIDTH = (WIDTH - LEFT - 8) / DAYS;
const ROWS = { stay: 22, contacts: 44, callbacks: 70, axis: 92 } as const;
const HEIGHT = 104;

function useDays() {
  const { contacts, callbacks, stay, clock, host } = usePanel();
  return useMemo(
    () =>
      computed(() =>
        timeline(
          {
            now: clock.now.value,
            timeZone: host.timeZone,
            contacts: contacts.contacts.value,
            callbacks: callbacks.all.value,
            admitDate: stay.dates.value?.admitDate,
            dischargeDate: stay.dates.value?.dischargeDate,
          },
          DAYS,
        ),
      ),
    [],
  ).value;
}

interface Totals {
  reached: number;
  attempts: number;
  callbacksDue: number;
  late: number;
  hospitalDays: number;
}

function totalsOf(days: readonly TimelineDay[]): Totals {
  return days.reduce(
    (sum, day) => ({
      reached: sum.reached + day.successful,
      attempts: sum.attempts + day.contacts - day.successful,
      callbacksDue: sum.callbacksDue + day.callbacksDue,
      late: sum.late + day.callbacksMissed,
      hospitalDays: sum.hospitalDays + (day.admitted ? 1 : 0),
    }),
    { reached: 0, attempts: 0, callbacksDue: 0, late: 0, hospitalDays: 0 },
  );
}

/** The 90 days in one sentence: the section's summary line and the picture's text alternative. */
export function useTimelineSummary(): string {
  const { words } = usePanel();
  const totals = totalsOf(useDays());
  if (totals.reached + totals.attempts + totals.callbacksDue + totals.hospitalDays === 0) return words.t('timelineEmpty');
  return [
    words.count('timelineReached', totals.reached),
    words.count('timelineAttempts', totals.attempts),
    words.count('timelineCallbacks', totals.callbacksDue),
    words.count('timelineLate', totals.late),
    ...(totals.hospitalDays > 0 ? [words.count('timelineHospitalDays', totals.hospitalDays)] : []),
  ].join(' · ');
}

/**
 * The rhythm of the relationship over 90 days: a weeks axis, contacts by outcome, callbacks due
 * (late ones in red, with text), hospital stays as bands, and today marked.
 */
export function Timeline() {
  const { host, formats } = usePanel();
  const t = host.t;
  const days = useDays();
  const summary = useTimelineSummary();
  const totals = totalsOf(days);
  const empty = totals.reached + totals.attempts + totals.callbacksDue + totals.hospitalDays === 0;
  const x = (index: number) => LEFT + index * DAY_WIDTH;
  const first = days[0]?.date ?? '';
  // Week ticks on Mondays, labelled every other week so the labels never collide at 250 px.
  const mondays = days.map((day, index) => ({ day, index })).filter(({ day }) => new Date(`${day.date}T00:00:00Z`).getUTCDay() === 1);
  const stays = bands(days);
  return (
    <figure class="timeline" data-testid="timeline" data-successful={totals.reached} data-attempts={totals.attempts}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="timeline-desc" data-testid="timeline-chart">
        <text class="row-label" x={0} y={ROWS.stay + 4}>
          {t('timelineRowStay')}
        </text>
        <text class="row-label" x={0} y={ROWS.contacts + 4}>
          {t('timelineRowContacts')}
        </text>
        <text class="row-label" x={0} y={ROWS.callbacks + 4}>
          {t('timelineRowCallbacks')}
        </text>
        {stays.map((band) => (
          <rect key={band.from} class="stay" x={x(band.from)} y={ROWS.stay - 7} width={(band.to - band.from + 1) * DAY_WIDTH} height={14} rx={3}>
            <title>{t('timelineStayBand', [formats.date(days[band.from]!.date), formats.date(days[band.to]!.date)])}</title>
          </rect>
        ))}
        <line class="axis" x1={LEFT} x2={WIDTH - 8} y1={ROWS.axis - 8} y2={ROWS.axis - 8} />
        {mondays.map(({ day, index }, n) => (
          <g key={day.date}>
            <line class="tick" x1={x(index)} x2={x(index)} y1={8} y2={ROWS.axis - 6} />
            {n % 2 === 0 && (
              <text class="tick-label" x={x(index)} y={ROWS.axis + 6} text-anchor="middle">
                {formats.date(day.date).replace(/,?\s*\d{4}$/, '')}
              </text>
            )}
          </g>
        ))}
        {days.map((day, index) => (
          <DayMarks key={day.date} day={day} cx={x(index) + DAY_WIDTH / 2} />
        ))}
        <line class="today" x1={x(DAYS) - 1} x2={x(DAYS) - 1} y1={4} y2={ROWS.axis - 6} />
        <text class="today-label" x={x(DAYS) - 3} y={10} text-anchor="end">
          {t('timelineToday')}
        </text>
        {empty && (
          <text class="empty-label" x={LEFT + (WIDTH - LEFT) / 2} y={ROWS.contacts + 4} text-anchor="middle">
            {t('timelineEmptyShort')}
          </text>
        )}
      </svg>
      <figcaption id="timeline-desc">
        {t('timelineRange', [formats.date(first), formats.date(addDays(first, DAYS - 1))])}: {summary}
      </figcaption>
      <ul class="legend" aria-hidden="true">
        <li><span class="key reached" /> {t('timelineKeyReached')}</li>
        <li><span class="key attempt" /> {t('timelineKeyAttempt')}</li>
        <li><span class="key due" /> {t('timelineKeyDue')}</li>
        <li><span class="key late" /> {t('timelineKeyLate')}</li>
        <li><span class="key stay" /> {t('timelineKeyStay')}</li>
      </ul>
    </figure>
  );
}

/** Consecutive hospital days as one band each. */
function bands(days: readonly TimelineDay[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  days.forEach((day, index) => {
    if (!day.admitted) return;
    const last = out.at(-1);
    if (last && last.to === index - 1) last.to = index;
    else out.push({ from: index, to: index });
  });
  return out;
}

function DayMarks({ day, cx }: { day: TimelineDay; cx: number }) {
  const { host } = usePanel();
  const t = host.t;
  const attempts = day.contacts - day.successful;
  return (
    <g>
      {day.successful > 0 && <circle class="reached" cx={cx} cy={ROWS.contacts} r={4} />}
      {attempts > 0 && <circle class="attempt" cx={cx} cy={ROWS.contacts + (day.successful > 0 ? 9 : 0)} r={3} />}
      {day.callbacksDue > day.callbacksMissed && <rect class="due" x={cx - 3} y={ROWS.callbacks - 3} width={6} height={6} />}
      {day.callbacksDone > 0 && <rect class="returned" x={cx - 2} y={ROWS.callbacks + 5} width={4} height={4} />}
      {day.callbacksMissed > 0 && (
        <g class="late">
          <rect x={cx - 3} y={ROWS.callbacks - 3} width={6} height={6} />
          <text x={cx} y={ROWS.callbacks - 6} text-anchor="middle">
            {t('timelineLateMark')}
          </text>
        </g>
      )}
    </g>
  );
}
