import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A sex choice named by its aria-label (aria-choice-group.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://pm.example.org/claims/55/edit', extractClientContext)).reading;

const form = (checked: 'm' | 'f' | null) => `<form class="claim">
  <div class="row"><label for="nm">Patient Name</label><input id="nm" value="OKAFOR, IFEOMA"></div>
  <div class="row"><label for="db">Patient DOB</label><input id="db" value="02/14/1977">
    <span role="radiogroup" aria-label="Sex"><input type="radio" name="g" id="gm"${checked === 'm' ? ' checked' : ''}><label for="gm">M</label><input type="radio" name="g" id="gf"${checked === 'f' ? ' checked' : ''}><label for="gf">F</label></span></div>
  <div class="row"><label for="ch">Chart #</label><input id="ch" value="QX-44012"></div></form>`;

describe('a radio group named "Sex" by its aria-label', () => {
  it("reads the checked option, never all the options' text", async () => {
    expect(await read(form('f'))).toMatchObject({ name: 'Ifeoma Okafor', sex: 'F', dob: '1977-02-14' });
    expect((await read(form('m')))?.sex).toBe('M');
  });

  it("never reads all the options' text when none is checked", async () => {
    const r = await read(form(null));
    expect(r?.name).toBe('Ifeoma Okafor');
    expect((r?.provenance as Record<string, string> | undefined)?.sex ?? '').not.toContain('aria-label');
  });
});

/** A printed form's boxes, each checkbox in its own label (boxed-choice.ts). */
describe('a sex drawn as a row of checkbox labels after its caption', () => {
  const boxes = (m: boolean, f: boolean) => `<div class="box"><div class="cap">Patient Name</div><input value="NAKASHIMA, REI"></div>
    <div class="box"><span class="cap">Sex</span> <label>M <input type="checkbox"${m ? ' checked' : ''}></label> <label>F <input type="checkbox"${f ? ' checked' : ''}></label></div>
    <div class="box"><div class="cap">Patient DOB</div><input value="10/03/1993"></div>`;

  it('reads the ticked box, not the first caption', async () => {
    expect((await read(boxes(false, true)))?.sex).toBe('F');
    expect((await read(boxes(true, false)))?.sex).toBe('M');
  });

  it('reads no sex when no box or both are ticked', async () => {
    expect((await read(boxes(false, false)))?.sex).toBeUndefined();
    expect((await read(boxes(true, true)))?.sex).toBeUndefined();
  });
});
