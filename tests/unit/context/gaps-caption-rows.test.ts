import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A bare caption stacked before its value in a header of caption rows, no colon anywhere (caption-rows.ts). Our own markup. */
const header = (rows: string) =>
  `<!DOCTYPE html><html><body><div class="menu">Employee Health &rsaquo; Visit · User: Marisol Teague, RN</div>` +
  `<div class="hdr" role="banner">${rows}</div><div class="body"><p>Fit-for-duty review.</p></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ohs.example.org/visits/3318', extractClientContext)).reading;

describe('a bare caption in a header of caption rows', () => {
  it("reads the employee under it, keyed by the employee's number", async () => {
    const r = await read(header('<div><span>Employee</span><b>Lindqvist, Annika J.</b></div><div><span>Employee ID</span>EMP-330419</div><div><span>Date of birth</span>1990-06-21</div><div><span>Gender</span>F</div>'));
    expect(r).toMatchObject({ name: 'Annika J. Lindqvist', mrn: 'EMP-330419', dob: '1990-06-21', sex: 'F' });
  });

  it('is no caption where its sibling rows lead with no labels', async () => {
    const r = await read(header('<div><span>Employee</span><b>Lindqvist, Annika J.</b></div><div><span>Shift</span>Nights</div><div><span>Badge</span>Blue</div>'));
    expect(r?.mrn).toBeUndefined();
  });
});
