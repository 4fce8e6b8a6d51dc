import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A pop-up record whose only name is its dialog's title bar above the body of facts (gp-dialog-title.ts). Markup of
 * our own, synthetic people.
 */
const facts = `<table>${[['DOB/Age', '09/09/1949 / 77 Y'], ['Sex', 'F'], ['Acc No', '100412'], ['Home Phone', '(718) 555-0130']].map(([l, v]) => `<tr><td class="lbl">${l}:</td><td>${v}</td></tr>`).join('')}</table>`;
const page = (dialog: string) =>
  `<!DOCTYPE html><html><head><title>Practice EHR</title></head><body><div class="menubar"><span>Practice EHR</span><span class="user">mreyes</span></div><div class="app-body">${dialog}</div></body></html>`;
const read = async (dialog: string) => (await readInHappyDom(page(dialog), 'https://ehr.example.org/app', extractClientContext)).reading;
const barred = (title: string) => `<div role="dialog" class="modal"><div class="modal-header">${title}</div><div class="modal-body">${facts}</div></div>`;

describe('a record dialog titled with the name', () => {
  it('reads the name from the title bar', async () => {
    expect(await read(barred('Patient Hub - Fairweather, Constance'))).toMatchObject({ name: 'Constance Fairweather', mrn: '100412', dob: '1949-09-09' });
    const labelled = `<div role="dialog" aria-labelledby="t1"><div><button>Close</button></div><div><span id="t1">Patient Chart: Constance Fairweather</span></div><div>${facts}</div></div>`;
    expect(await read(labelled)).toMatchObject({ name: 'Constance Fairweather', mrn: '100412' });
  });

  it('reads no one from a title that is not the record or is someone else', async () => {
    expect(await read(barred('Edit Guarantor - Cole, Marcus'))).toBeNull();
    expect(await read(barred('Appointment - Constance Fairweather'))).toBeNull();
  });
});
