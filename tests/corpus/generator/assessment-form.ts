/**
 * A tuning family of home-health assessment forms (an OASIS-style Start of Care, after the CMS OASIS item set and
 * the public help pages of home-health EHRs): each item a row led by its code in an element of its own ("M0020",
 * "(M0066)"), its caption glued to the code, its value in a read-only control; the name in three captioned inputs
 * (First / MI / Last, and an empty Suffix); the gender as radio buttons with the checked one coded ("2 - Female");
 * the start of care as the stay's admission, and the prior hospital's discharge (M1005) a few days before it,
 * which is no discharge of this stay; a Medicare number and an SSN beside the record number; the caregiver by name.
 */
import { esc } from './formats';
import { addDays } from './people';
import type { Family } from './families';

export const assessmentForm: Family = {
  id: 'assessment-form',
  split: 'tuning',
  kinds: ['identifier-labels', 'document-names', 'admission-discharge'],
  app: 'Home Health',
  url: (v) => `https://agency.gen-oasis.example/oasis/startofcare/edit?eventId=${v.c.salt}`,
  render: (v) => {
    const code = (c: string) => (v.c.salt % 2 === 0 ? c : `(${c})`);
    const item = (c: string, caption: string, controls: string) => `<div class="item"><span class="code">${code(c)}</span>${caption} ${controls}</div>`;
    const input = (value: string, size = 18) => `<input value="${value}" size="${size}" readonly>`;
    const p = v.nameFields();
    const mi = p.middle ? p.middle[0] as string : '';
    // What a person reads from the three fields: the middle name as its initial.
    v.naturalName = [p.given, mi, p.family].filter(Boolean).join(' ');
    const sub = (s: string) => `<span class="sub">${s}</span>`;
    const rows = [`<div class="item"><span class="code">${code('M0010')}</span>CMS Certification Number ${input('047031', 8)}</div>`];
    if (v.hasMrn) rows.push(item('M0020', 'Patient ID Number', input(v.mrn(false))));
    if (v.stay) rows.push(item('M0030', 'Start of Care Date', input(v.admit())));
    rows.push(item('M0040', 'Patient Name', `<div>${sub('First')} ${input(esc(p.given))} ${sub('MI')} ${input(esc(mi), 2)} ${sub('Last')} ${input(esc(p.family))} ${sub('Suffix')} ${input('', 3)}</div>`));
    rows.push(item('M0063', 'Medicare Number', input(esc(v.c.otherId.value))));
    if (v.c.ssn) rows.push(item('M0064', 'Social Security Number', input(v.c.ssn.masked ? `XXX-XX-${v.c.ssn.value.slice(-4)}` : esc(v.c.ssn.value))));
    if (v.hasDob) rows.push(item('M0066', 'Birth Date', input(v.dob())));
    if (v.hasSex) {
      const chosen = v.sex('word');
      const radio = (n: number, word: string) => `<label><input type="radio" name="g-${v.hash('g')}"${word === chosen ? ' checked' : ''} disabled> ${n} - ${word}</label>`;
      rows.push(item('M0069', 'Gender', `${radio(1, 'Male')} ${radio(2, 'Female')}`));
    }
    if (v.stay) {
      const prior = v.date(addDays(v.stay.admit, -(2 + (v.c.salt % 5))));
      rows.push(`<div class="item"><span class="code">${code('M1000')}</span>From which Inpatient Facilities was the patient discharged within the past 14 days? <label><input type="checkbox" checked disabled> 3 - Short-stay acute hospital</label> ${sub(`Inpatient discharge date (M1005): ${prior}`)}</div>`);
    }
    const relative = v.c.clutter.relative;
    if (relative) rows.push(`<div class="item"><span class="code">${code('A1110')}</span>Language ${input('English', 8)} Caregiver: ${input(esc(`${relative.given} ${v.person.family} (${relative.relation.toLowerCase()})`), 30)}</div>`);
    return { core: `<div class="oasis-top">OASIS Start of Care — In Progress</div><form class="oasis">${rows.join('')}</form>` };
  },
};
