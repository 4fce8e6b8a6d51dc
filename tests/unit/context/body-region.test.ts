import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A bare page printing its record straight under <body> (body-region.ts). Our own markup, synthetic people. */
const page = (body: string) => `<!DOCTYPE html><html><head><title>Chart</title></head><body>${body}</body></html>`;
const read = async (body: string) => (await readInHappyDom(page(body), 'https://ehr.example.org/chart/448812', extractClientContext)).reading;
const jane = '<h1>Jane Doe</h1><p>DOB: 01/02/1950</p><p>MRN: 448812</p>';

describe('a record printed straight under <body>', () => {
  it('reads the one name heading before the identity as the name', async () => {
    expect(await read(jane)).toMatchObject({ name: 'Jane Doe', mrn: '448812', dob: '1950-01-02' });
    expect(await read('<h2>Jane Doe</h2><p><b>Date of birth:</b> 01/02/1950</p><p><b>MRN:</b> 448812</p><p>Seen today.</p>')).toMatchObject({ name: 'Jane Doe', mrn: '448812' });
  });

  it('reads nothing where the body lists two people', async () => {
    expect(await read(`${jane}<h1>Rupert Hale</h1><p>DOB: 03/09/1961</p><p>MRN: 551904</p>`)).toBeNull();
    // A second name heading without its own identity is still a second person.
    expect((await read(`${jane}<h2>Rupert Hale</h2><p>Phone: (555) 201-4410</p>`))?.name).toBeUndefined();
  });

  it('reads no name from a heading after the identity, nor from a view title', async () => {
    expect((await read('<p>DOB: 01/02/1950</p><p>MRN: 448812</p><h2>Jane Doe</h2>'))?.name).toBeUndefined();
    expect((await read('<h1>Patient Summary</h1><p>DOB: 01/02/1950</p><p>MRN: 448812</p>'))?.name).toBeUndefined();
  });
});
