import { computed } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { timeline, type TimelineDay } from '../../domain/contacts/timeline';
import { usePanel } from '../panel';
import './timeline.css';

const DAYS = 90;
const COLUMN = 4;
const HEIGHT = 36;

/** The rhythm of the relationship over 90 days: contacts, callbacks and a hospital stay at a glance. */
export function Timeline() {
  const { contacts, callbacks, stay, clock, host } = usePanel();
  const t = host.t;
  const days = useMemo(
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
  const totals = days.reduce(
    (sum, day) => ({
      successful: sum.successful + day.successful,
      attempts: sum.attempts + day.contacts - day.successful,
      missed: sum.missed + day.callbacksMissed,
      inHospital: sum.inHospital + (day.admitted ? 1 : 0),
    }),
    { successful: 0, attempts: 0, missed: 0, inHospital: 0 },
  );
  const summary = t('timelineSummary', [String(DAYS), String(totals.successful), String(totals.attempts), String(totals.missed), String(totals.inHospital)]);
  return (
    <figure class="timeline" data-testid="timeline" data-successful={totals.successful} data-attempts={totals.attempts}>
      <svg viewBox={`0 0 ${DAYS * COLUMN} ${HEIGHT}`} role="img" aria-label={summary} preserveAspectRatio="none">
        {days.map((day, index) => (
          <DayMarks key={day.date} day={day} x={index * COLUMN} />
        ))}
      </svg>
      <figcaption>
        <span>{t('timelineTitle', String(DAYS))}</span> <span class="hint">{summary}</span>
      </figcaption>
    </figure>
  );
}

function DayMarks({ day, x }: { day: TimelineDay; x: number }) {
  return (
    <g>
      {day.admitted && <rect class="stay" x={x} y={0} width={COLUMN} height={HEIGHT} />}
      {day.discharged && <rect class="discharge" x={x} y={0} width={1} height={HEIGHT} />}
      {day.successful > 0 && <rect class="reached" x={x + 0.5} y={4} width={COLUMN - 1} height={12} />}
      {day.contacts > day.successful && <rect class="attempt" x={x + 0.5} y={18} width={COLUMN - 1} height={5} />}
      {day.callbacksMissed > 0 && <rect class="missed" x={x + 0.5} y={27} width={COLUMN - 1} height={6} />}
      {day.callbacksDone > 0 && day.callbacksMissed === 0 && <rect class="kept" x={x + 0.5} y={29} width={COLUMN - 1} height={3} />}
    </g>
  );
}
