import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A <label> that holds its control labels that control (hc-implicit-label.ts). Markup of our own, synthetic people. */
const field = (label: string, value: string) => `<label>${label} <input value="${value}"></label>`;
const page = (middle: string) =>
  `<!DOCTYPE html><html><head><title>Edit client</title></head><body><header><span class="clinician">Winslow, Leah</span></header><main><h1>Edit Client</h1><form><fieldset><legend>Client</legend>${field('Legal first name', 'Saoirse')}${field('Middle name', middle)}${field('Pronouns', 'she/her')}${field('Legal last name', 'Okafor-Byrne')}${field('Date of birth', '10/21/1988')}</fieldset><fieldset><legend>Contact details</legend>${field('Phone', '(857) 555-0116')}</fieldset></form></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://bh.example.org/clients/44/edit', extractClientContext)).reading;

describe('a label holding its control', () => {
  it("reads the control's value", async () => {
    expect(await read(page('Ann'))).toMatchObject({ name: 'Saoirse Ann Okafor-Byrne', dob: '1988-10-21', phone: '(857) 555-0116' });
  });

  it('reads the chosen option of a choice it holds', async () => {
    const html = page('Ann').replace('</fieldset><fieldset><legend>Contact', '<label>Sex <select><option>Male</option><option selected>Female</option></select></label></fieldset><fieldset><legend>Contact');
    expect((await read(html))?.sex).toBe('F');
  });

  it("reads nothing for an empty control, never the next field's caption", async () => {
    expect((await read(page('')))?.name).toBe('Saoirse Okafor-Byrne');
  });
});
