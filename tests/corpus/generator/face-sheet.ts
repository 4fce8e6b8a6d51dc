/**
 * A tuning family of printed face sheets and admission records (long-term care, rehab): a grid whose
 * label rows sit above value rows, three or four to a row, with the record number, the other id and
 * an SSN among them; below, a contacts grid of the same shape names a relative with a phone and a
 * birth date, in a grid of its own (a label row over one value row).
 */
import { esc } from './formats';
import type { Family } from './families';
import { pairs } from './families';

function grid(rows: [string, string][], width: number): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += width) {
    const chunk = rows.slice(i, i + width);
    while (chunk.length < width) chunk.push(['&nbsp;', '&nbsp;']);
    out.push(`<tr>${chunk.map(([k]) => `<th>${k}</th>`).join('')}</tr><tr>${chunk.map(([, val]) => `<td>${val}</td>`).join('')}</tr>`);
  }
  return `<table class="facesheet">${out.join('')}</table>`;
}

export const faceSheet: Family = {
  id: 'face-sheet',
  split: 'tuning',
  kinds: ['identifier-labels', 'document-names', 'admission-discharge'],
  app: 'Admission Record',
  url: (v) => `https://reports.gen-ltc.example/admissionrecord?clientId=${v.c.salt}`,
  render: (v) => {
    const relative = v.c.clutter.relative;
    const contacts = relative
      ? `<h2>Contacts</h2><table class="contacts"><tr><th>Name</th><th>Relationship</th><th>Date of Birth</th></tr><tr><td>${esc(`${relative.given} ${v.person.family}`)}</td><td>${esc(relative.relation)}</td><td>${esc(v.date(relative.dob))}</td></tr></table>`
      : '';
    return { core: `<h1>ADMISSION RECORD</h1>${grid(pairs(v), 3 + (v.c.salt % 2))}${contacts}` };
  },
};

/**
 * A tuning family of long-term-care resident headers (PointClickCare's documented Resident Header): a
 * table whose first row holds a photo cell, the name as a link in mixed case "Family, Given" with the
 * resident number in brackets after it (capitals when no number is shown), status and location, and
 * whose second row gives gender, DOB, the stay and a phone.
 */
export const residentHeader: Family = {
  id: 'resident-header',
  split: 'tuning',
  kinds: ['document-names', 'identifier-labels', 'admission-discharge'],
  app: 'Resident Chart',
  url: (v) => `https://ltc.gen-res.example/clinical/chart?clientid=${v.c.salt}`,
  render: (v) => {
    const name = v.hasMrn ? `<a href="#">${v.name('family-comma')}</a> (${v.mrn(false)})` : v.name('family-comma-caps');
    const first = ['<td class="photo"></td>', `<td>${name}</td>`, '<td>Status: Current</td>'];
    if (v.stay) first.push(`<td>Location: ${v.location()}</td>`);
    const second = ['<td></td>'];
    if (v.hasSex) second.push(`<td>Gender: ${v.sex('word')}</td>`);
    if (v.hasDob) second.push(`<td>DOB: ${v.dob()}</td>`);
    if (v.stay) {
      second.push(`<td>Admission: ${v.admit()}</td>`);
      if (v.hasDischarge) second.push(`<td>${esc(v.c.labels.discharge)}: ${v.discharge()}</td>`);
    }
    if (v.hasPhone) second.push(`<td>Phone: ${v.phone()}</td>`);
    return { core: `<table class="resHeader"><tr>${first.join('')}</tr><tr>${second.join('')}</tr></table>` };
  },
};
