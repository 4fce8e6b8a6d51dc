import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Pronouns after the name (hc-pronouns.ts) and a birth date in brackets after a labelled name (hc-name-dob.ts). Markup of our own, synthetic people. */
const read = async (body: string) => (await readInHappyDom(`<!DOCTYPE html><html><head><title>Client</title></head><body><header><span class="user">Carver, Noelle</span></header>${body}</body></html>`, 'https://bh.example.org/clients/913', extractClientContext)).reading;

describe('a behavioural-health client header', () => {
  it('reads the name a heading gives with pronouns after it', async () => {
    for (const p of ['she/her', 'they/them', 'he/him/his']) {
      const r = await read(`<div class="pt-header"><h1>Beatriz Olowe-Santos <span class="pronoun">(${p})</span></h1><div class="row"><span>Patient ID 100913</span> <span>DOB 07/30/1999</span></div></div>`);
      expect(r, p).toMatchObject({ name: 'Beatriz Olowe-Santos', mrn: '100913', dob: '1999-07-30' });
    }
  });

  it('reads the birth date in brackets after a labelled name', async () => {
    const r = await read(`<div class="client-bar"><span>Client: Nkemelu, Amara (DOB 09/15/2012)</span> | <span>ID: 77120</span> | <span>Guardian: Nkemelu, Chidinma (404) 555-0172</span></div>`);
    expect(r).toMatchObject({ name: 'Amara Nkemelu', mrn: '77120', dob: '2012-09-15' });
  });
});
