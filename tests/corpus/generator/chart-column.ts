/**
 * A tuning family of cloud practice and HIE viewer charts (after public screenshots and help pages of DrChrono-,
 * Elation- and HIE clinical viewer-style products): the patient header's first column prints bare lines under the
 * name (the sex word, the birth date, the chart id with no label), a key-demographics grid of labels beside it (the
 * provider, a phone, an appointment); the encounters table lists every encounter the chart holds, its Type column
 * naming the inpatient stay, the emergency visit that opened it on the same day and an older clinic visit.
 */
import { esc } from './formats';
import { addDays } from './people';
import type { Family } from './families';

export const chartColumn: Family = {
  id: 'chart-column',
  split: 'tuning',
  kinds: ['unlabelled-banner', 'identifier-labels', 'admission-discharge'],
  app: 'Practice Chart',
  url: (v) => `https://app.gen-column.example/clinical/patient/${v.c.salt}`,
  render: (v) => {
    const column = [`<div class="ph-name">${v.name()}</div>`, `<div>${v.sex('word')}</div>`];
    if (v.hasDob) column.push(`<div>${v.dob()}</div>`);
    if (v.hasMrn) column.push(`<div>${v.mrn(false)}</div>`);
    const k = (label: string, value: string) => `<span class="k">${label}</span><span>${value}</span>`;
    const grid = [k('Provider', esc(v.c.clutter.providers[0] ?? 'Dr. Anil Mehta')), v.hasPhone ? k(esc(v.c.labels.phone), v.phone()) : '', k('Next appt', `<a href="#">${v.date(addDays(v.c.stay?.admit ?? { y: 2027, m: 1, d: 5 }, 40))}</a>`)].join('');
    let encounters = '';
    if (v.stay) {
      const row = (type: string, place: string, admit: string, end: string) => `<tr><td>${type}</td><td>${place}</td><td>${admit}</td><td>${end}</td><td>Pham, Linh DO</td></tr>`;
      const ed = v.date(v.stay.admit);
      const old = v.date(addDays(v.stay.admit, -120));
      encounters =
        `<div class="tabs"><span class="on">Encounters</span> <span>Results</span></div><table class="enc"><tr><th>Type</th><th>Facility</th><th>Admit</th><th>Discharge</th><th>Attending</th></tr>` +
        row('Inpatient', v.location(), v.admit(), v.hasDischarge && !v.dischargeExpected ? v.discharge() : '') +
        row('Emergency', 'Valley Medical Center ED', ed, ed) +
        row('Outpatient', 'Lancaster Community Clinic', old, old) +
        `</table>`;
    }
    return { core: `<div class="patient-header"><div class="ph-info">${column.join('')}</div><div class="ph-demo">${grid}</div></div>${encounters}` };
  },
};
