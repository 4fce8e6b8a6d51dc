import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A "#" number printed after the name's element, past a used name in brackets (labelled.ts nameFrom). Our own markup, no classes. */
const page = (after: string) =>
  `<!DOCTYPE html><html><head><title>Quick View</title></head><body>
<div><span>Larch Hill Family Practice</span><span>Department: LHFP EAST</span><span>mokafor</span><a href="#">Sign out</a></div>
<div><span>Today's appts:</span><a href="#">BRANDT, Ilse</a><a href="#">QUILL, Harriet</a></div>
<div>
  <div><span>OKAFOR-LINDQVIST, Tamsin</span> <span>(Tam)</span> ${after}</div>
  <div><span>71yo</span> <span>F</span> <span>03-02-1955</span></div>
  <div>
    <span>PCP</span> <span>Marr, Ines MD</span>
    <span>Mobile</span> <span>(555) 212-0446</span>
    <span>Home</span> <span>(555) 212-0990</span>
  </div>
</div>
<div role="navigation"><a>Quickview</a><a>Encounters</a></div>
<div><h2>Quickview</h2><h3>Family history</h3><p>Mother Agnes Lindqvist (DOB 03/03/1930): stroke</p></div>
<div role="dialog" style="display:none"><div>NILSSON, Henrik #5521942 71yo M 01-01-1955</div></div>
</body></html>`;
const read = async (after: string) => (await readInHappyDom(page(after), 'https://practice.example.org/chart/5521/quickview', extractClientContext)).reading;

describe('a "#" number after the name', () => {
  it("is the client's record number, past a used name in brackets", async () => {
    expect(await read('<span>#5521907</span>')).toMatchObject({ name: 'Tamsin Okafor-Lindqvist', mrn: '5521907', dob: '1955-03-02' });
  });

  it('is no record number when it is short (a queue or room number)', async () => {
    // The record number's own parser refuses it: the rule adds no length test of its own.
    expect((await read('<span>#12</span>'))?.mrn).toBeUndefined();
  });
});
