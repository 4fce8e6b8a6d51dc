import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An assessment form's items as rows: the item code in an element of its own, glued to the caption after it,
 * the value in controls (hc-item-row.ts), the name in captioned inputs (hc-form-group.ts), and an earlier
 * stay's discharge before the start of care (hc-prior-discharge.ts). Markup of our own, synthetic people.
 */
const page = (body: string) => `<!DOCTYPE html><html><head><title>Assessment</title></head><body><div class="top">Start of Care — Clinician: Kessler, Brandi RN</div>${body}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://agency.example.org/oasis/soc/4471', extractClientContext)).reading;
const item = (code: string, caption: string, controls: string) => `<div class="item"><span class="code">${code}</span>${caption} ${controls}</div>`;
const input = (v: string) => `<input value="${v}" readonly>`;
const name = (caption: string) =>
  `<div><span class="sub">${caption}</span> ${input('Odile')} <span class="sub">MI</span> ${input('T')} <span class="sub">Last</span> ${input('Brannigan')} <span class="sub">Suffix</span> ${input('')}</div>`;
const gender = `<label><input type="radio" name="g" disabled> 1 - Male</label> <label><input type="radio" name="g" checked disabled> 2 - Female</label>`;

describe('assessment item rows', () => {
  it('reads the caption glued to its code, the name from its captioned inputs and the checked choice', async () => {
    const r = await read(
      page(
        item('M0020', 'Patient ID Number', input('QX-2201')) +
          item('M0030', 'Start of Care Date', input('11/02/2026')) +
          item('M0040', 'Patient Name', name('First')) +
          item('(M0066)', 'Birth Date', input('03/07/1941')) +
          item('M0069', 'Gender', gender),
      ),
    );
    expect(r).toMatchObject({ name: 'Odile T. Brannigan', mrn: 'QX-2201', dob: '1941-03-07', sex: 'F', admitDate: '2026-11-02' });
  });

  it('reads no name when a part has a caption of no name part', async () => {
    const r = await read(page(item('M0020', 'Patient ID Number', input('QX-2201')) + item('M0040', 'Patient Name', name('Alias')) + item('M0066', 'Birth Date', input('03/07/1941'))));
    expect(r?.name).toBeUndefined();
  });

  it('never reads a caption the code does not lead, nor an item with no control after its caption', async () => {
    const r = await read(page(`<div class="item">Scored by <span class="code">M0020</span>Patient ID Number ${input('QX-2201')}</div>` + item('M0066', 'Birth Date', '<span>see chart</span>')));
    expect(r).toBeNull();
  });

  it('drops a discharge dated before the start of care: an earlier stay', async () => {
    const base = item('M0020', 'Patient ID Number', input('QX-2201')) + item('M0040', 'Patient Name', name('First')) + item('M0066', 'Birth Date', input('03/07/1941'));
    const prior = `<div class="item"><span class="code">M1000</span>Discharged from <span class="sub">Inpatient discharge date (M1005): 10/29/2026</span></div>`;
    const r = await read(page(base + item('M0030', 'Start of Care Date', input('11/02/2026')) + prior));
    expect(r).toMatchObject({ admitDate: '2026-11-02' });
    expect(r?.dischargeDate).toBeUndefined();
    // Dated after the admission, it is this stay's.
    const later = await read(page(base + item('M0030', 'Start of Care Date', input('10/20/2026')) + prior));
    expect(later).toMatchObject({ admitDate: '2026-10-20', dischargeDate: '2026-10-29' });
  });
});
