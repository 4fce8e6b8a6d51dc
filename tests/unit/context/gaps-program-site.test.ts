import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An IDD provider's enrolment row: the programme's residential site is the stay's place (program-site.ts). Markup of our own. */
const page = (program: string) =>
  `<!DOCTYPE html><html><head><title>Individual Data Form</title></head><body><h1>Individual Data Form</h1><table class="form">` +
  `<tr><td class="lbl">Individual Name</td><td>Tobias Arkwright-Lund</td><td class="lbl">Date of Birth</td><td>04/11/1991</td></tr>` +
  `<tr><td class="lbl">Individual ID</td><td>IDD-0072291</td><td class="lbl">Gender</td><td>Male</td></tr></table>` +
  `<table class="form"><tr><td class="lbl">Program</td><td>${program}</td><td class="lbl">Admission Date</td><td>06/01/2022</td></tr></table></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://idd.example.org/individuals/72291/idf', extractClientContext)).reading;

describe("a programme's residential site", () => {
  it('is the location beside the admission', async () => {
    expect(await read(page('Residential — Birch Lane Group Home'))).toMatchObject({ name: 'Tobias Arkwright-Lund', admitDate: '2022-06-01', location: 'Birch Lane Group Home' });
    expect(await read(page('Supported Living - Harbor View Apartments'))).toMatchObject({ location: 'Harbor View Apartments' });
  });

  it('is no place when the programme is a service', async () => {
    const r = await read(page('Day Habilitation — Eastside Center'));
    expect(r).toMatchObject({ name: 'Tobias Arkwright-Lund', admitDate: '2022-06-01' });
    expect(r?.location).toBeUndefined();
  });
});
