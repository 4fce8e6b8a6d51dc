import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Captioned controls under one label (hc-form-group.ts). Markup of our own, synthetic people. */
const item = (label: string, control: string) => `<div class="item"><div class="text">${label}</div><div class="answer">${control}</div></div>`;
const radios = (checked: number) => ['1 - Male', '2 - Female'].map((o, i) => `<label><input type="radio" name="sex"${i === checked ? ' checked' : ''}> ${o}</label>`).join('');
const page = (sex: string) =>
  `<!DOCTYPE html><html><head><title>Start of Care</title></head><body><header><span class="user">Lindahl, Corinne</span></header><form>${item('Patient ID Number', '<input value="00043302">')}${item('Patient Name', '<label>First <input value="Benedict"></label><label>MI <input value="A"></label><label>Last <input value="Oduya"></label><label>Suffix <input value=""></label>')}${item('Birth Date', '<input value="02/27/1947">')}${item('Gender', sex)}</form></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://hh.example.org/oasis/1', extractClientContext)).reading;

describe('a label over a group of captioned controls', () => {
  it("reads a name's parts, never their captions", async () => {
    expect(await read(page(radios(0)))).toMatchObject({ name: 'Benedict A. Oduya', mrn: '00043302', dob: '1947-02-27', sex: 'M' });
  });

  it('reads the checked option, whichever it is, and no sex when none is checked', async () => {
    expect((await read(page(radios(1))))?.sex).toBe('F');
    expect((await read(page(radios(-1))))?.sex).toBeUndefined();
    const row = `<div class="row"><label>Gender</label><label><input type="radio" name="g"> Female</label><label><input type="radio" name="g" checked> Male</label></div>`;
    expect((await read(page(row)))?.sex).toBe('M');
  });
});
