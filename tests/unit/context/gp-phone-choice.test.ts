import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Several phones labelled below the banner (gp-phone-choice.ts): the one the record prefers, else the first it lists;
 * none when the labels do not tell the numbers apart. Markup of our own, synthetic people.
 */
const input = (label: string, value: string, id: string) => `<div class="row"><label for="${id}">${label}</label><input id="${id}" value="${value}"></div>`;
const page = (form: string) =>
  `<!DOCTYPE html><html><head><title>Practice</title></head><body><div class="top"><span>Practice EHR</span></div><div class="PatientHeader_root"><h1>Patient: Abernathy-Cole, Simone</h1><span>Patient ID 900451</span></div><div role="tabpanel"><form>${form}</form></div></body></html>`;
const read = async (form: string) => (await readInHappyDom(page(form), 'https://ehr.example.org/patients/900451', extractClientContext)).reading;
const home = input('Home Phone', '(404) 555-0121', 'f1');
const mobile = input('Mobile Phone', '(404) 555-0199', 'f2');

describe('home and mobile phones labelled below the banner', () => {
  it('takes the first listed, or the one the record prefers', async () => {
    expect(await read(home + mobile)).toMatchObject({ name: 'Simone Abernathy-Cole', phone: '(404) 555-0121' });
    expect(await read(mobile + home)).toMatchObject({ phone: '(404) 555-0199' });
    expect(await read(home + mobile + input('Preferred Phone', '(404) 555-0199', 'f3'))).toMatchObject({ phone: '(404) 555-0199' });
  });

  it('takes none when two numbers share one kind of label', async () => {
    for (const form of [input('Phone', '(404) 555-0121', 'f1') + input('Phone', '(404) 555-0199', 'f2'), home + input('Home Phone', '(404) 555-0199', 'f2')]) {
      const r = await read(form);
      expect(r).toMatchObject({ name: 'Simone Abernathy-Cole' });
      expect(r?.phone).toBeUndefined();
    }
  });
});
