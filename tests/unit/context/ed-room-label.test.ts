import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An emergency registration screen in a web terminal. Markup and people of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://host.example.org/edreg', extractClientContext)).reading;

describe("an emergency department's room caption (ed-visit-labels.ts)", () => {
  it('is where the visit is', async () => {
    const r = await read(`<pre>
 ED QUICK REGISTRATION                               12/05/26 21:40
 PT NAME....: MARQUEZ,TOMAS E            SEX: M   DOB: 06/21/88
 MR#........: 4410928          ARR: 12/05/26 2112
 ADM DT.....: 12/05/26
 ER ROOM....: FT-12            ER MD: ABERNETHY,CORA
</pre>`);
    expect(r).toMatchObject({ name: 'Tomas E. Marquez', mrn: '4410928', admitDate: '2026-12-05', location: 'FT-12' });
  });
});
