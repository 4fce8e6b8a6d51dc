import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A patient bar without a single class name (a styled-components or CSS-module build): the name opens it, marked only
 * by its landmark role or aria-label (landmark-leaves.ts, landmark-name.ts). Markup of our own, synthetic people.
 */
const page = (bar: string) => `<!DOCTYPE html><html><head><title>Chart</title></head><body>
  <div><span>Westbrook Clinic</span> <span>Signed in: Amara Lindqvist, RN</span></div>
  ${bar}
  <main><h2>Vitals</h2><table><tr><th>Time</th><th>BP</th></tr><tr><td>08:00</td><td>128/76</td></tr></table></main>
</body></html>`;
const url = 'https://ehr.example.org/chart/44817/vitals';
const facts =
  '<div>Female, 58 y.o., 2/3/1968</div><div>MRN: C44817</div><div>CSN: 88120044</div><div>Bed: 4W-410</div><div><div>Code Status</div><div>DNR/DNI</div></div>' +
  '<div><div>Attending</div><div>Marchetti, Ivo, MD</div><div>Pager 555-0140</div></div><div><div>PCP</div><div>Haugen, Liv, DO</div><div>(614) 555-0123</div></div>' +
  '<div><div>Admission</div><div>Admitted 11/30/2026 (Day 2)</div><div>Principal problem: Cellulitis of leg</div></div>' +
  '<div><div>Emergency Contact</div><div>Fenwick, Colm (Brother)</div><div>(614) 555-0101</div></div>';

describe('a class-free patient bar that opens with the name', () => {
  it('reads the bar an aria-label names, not only role=banner', async () => {
    const { reading } = await readInHappyDom(page(`<aside aria-label="Patient storyboard"><div>Orla Fenwick-Tan</div>${facts}</aside>`), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Orla Fenwick-Tan', mrn: 'C44817', dob: '1968-02-03', location: '4W-410' });
  });

  it('does not take an identifier caption or a captioned clinician for a second name', async () => {
    const bar = `<div role="banner"><div>Orla Fenwick-Tan</div>${facts}<div><span>Passport No</span> <span>K7720931</span></div><div><span>Usual GP Dr Ivo Marchetti</span></div></div>`;
    const { reading } = await readInHappyDom(page(bar), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Orla Fenwick-Tan', mrn: 'C44817' });
  });
});
