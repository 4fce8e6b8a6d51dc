import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { partedName } from '../../../src/context/generic/app-whole-name';

/** A store's patient named only whole (app-whole-name.ts); markup of our own. */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Chart</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://chart.example.org/person/77120/encounter/90211', { today: '2026-12-07' });
const state = (whole: string) =>
  `<section class="banner"><span class="pt-name">OKONKWO-LEE, ADAEZE</span> | <span>DOB: 14-Mar-1971</span> | <span>MRN: 00772019</span> | <span>Female</span></section>` +
  `<script type="application/json" id="chart-state">${JSON.stringify({
    user: { fullName: 'Hartigan, Rowan', phones: [{ type: 'Work', number: '555-300-1000' }] },
    patient: { personId: '77120', fullName: whole, birthDate: '1971-03-14', phones: [{ type: 'Home', number: '555-300-2741' }] },
    recentPatients: [{ fullName: 'DUARTE, PAULO', mrn: '00771130', phones: [{ type: 'Home', number: '555-300-8812' }] }],
  })}</script>`;

describe("a store's patient whose name is kept whole", () => {
  it('parts the name back, family first after a comma or last without one', () => {
    expect(partedName('ESPINOZA-TAKAHASHI, LUIS M')).toEqual({ given: 'LUIS', middle: 'M', family: 'ESPINOZA-TAKAHASHI' });
    expect(partedName('Adaeze Okonkwo-Lee')).toEqual({ given: 'Adaeze', family: 'Okonkwo-Lee' });
    expect(partedName('Patient 00772019')).toBeUndefined();
    expect(partedName('Adaeze')).toBeUndefined();
  });

  it("reads the record's phone the banner does not print, never another patient's", async () => {
    expect(await read(state('OKONKWO-LEE, ADAEZE'))).toMatchObject({ name: 'Adaeze Okonkwo-Lee', mrn: '00772019', dob: '1971-03-14', phone: '555-300-2741' });
    expect((await read(state('Adaeze Okonkwo-Lee')))?.phone).toBe('555-300-2741');
  });
});
