import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A visit's date beside a client: an office, home or video visit is no admission, an inpatient visit is. Markup of our own, synthetic people. */
const read = async (body: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://clinic.example.org/chart/5521', extractClientContext)).reading;
const bar = (extra: string) => `<div class="pt-bar"><span class="nm">Okonjo, Adaeze</span> <span>MRN: 5521-09</span> <span>DOB: 04/11/1961</span> ${extra}</div><h2>Progress Note</h2><p>Reviewed medications.</p>`;

describe('a visit date with nothing of a stay beside it', () => {
  it('is no admission on an office, home or video visit', async () => {
    for (const label of ['Visit Date', 'Visit', 'Appointment Date']) {
      const r = await read(bar(`<span>${label}: 12/03/2026</span>`));
      expect(r, label).toMatchObject({ name: 'Adaeze Okonjo', mrn: '5521-09' });
      expect(r?.admitDate, label).toBeUndefined();
    }
    const video = await read(`${bar('')}<div class="tele"><p>Patient is in the virtual waiting room.</p><dl><dt>Visit</dt><dd>Video visit 12/05/2026 10:30 AM</dd><dt>Consent</dt><dd>Verbal</dd></dl></div>`);
    expect(video?.admitDate).toBeUndefined();
    const followUp = await read(`${bar('')}<div class="enc"><span>Visit Date: 12/05/2026</span><span>Reason: hospital follow-up</span></div>`);
    expect(followUp?.admitDate).toBeUndefined();
  });

  it('is the admission where the visit shows an inpatient stay', async () => {
    expect(await read(bar('<span>Visit: Inpatient</span> <span>Visit Date: 12/03/2026</span>'))).toMatchObject({ admitDate: '2026-12-03' });
    expect(await read(bar('<span>Visit Date: 12/03/2026</span> <span>Rm 412-B</span>'))).toMatchObject({ admitDate: '2026-12-03' });
    expect(await read(bar('<span>Visit Date: 12/03/2026</span> <span>Unit: 4 West</span>'))).toMatchObject({ admitDate: '2026-12-03', location: '4 West' });
    // Its words run into the text around them where the markup has no space between elements.
    expect(await read(`${bar('')}<div class="enc"><p>Visit Date: 12/03/2026</p><p>Admitting: Dr. Ruiz</p></div>`)).toMatchObject({ admitDate: '2026-12-03' });
    expect(await read(`${bar('')}<div class="enc"><span>Visit: 12/03/2026</span><span>Class: Inpatient</span></div>`)).toMatchObject({ admitDate: '2026-12-03' });
  });
});
