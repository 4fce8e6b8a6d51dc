import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Host screens whose blocks of rows are titled for another person. Markup and people of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://host.example.org/session/2', extractClientContext)).reading;

const client = [' REGISTRATION INQUIRY                          NORTHGATE MEDICAL', '', ' NAME: OKONKWO,BEATRICE A            MRN: 3310472', ' DOB: 04/19/66   SEX: F', ' PHONE: (414)555-0131'];
const guarantor = ['', ' ---- GUARANTOR -----------------------------', ' NAME: OKONKWO,SAMUEL               REL: SPOUSE', ' DOB: 11/02/63', ' PHONE: (414)555-0176', '', ' PF3=EXIT  PF12=CANCEL'];

describe("a screen's block titled for another person (screen-block.ts)", () => {
  it('in one <pre>: its rows are that person\'s', async () => {
    const r = await read(`<pre>${[...client, ...guarantor].join('\n')}</pre>`);
    expect(r).toMatchObject({ name: 'Beatrice A. Okonkwo', mrn: '3310472', dob: '1966-04-19', phone: '(414)555-0131' });
  });

  it('in a <pre> per row, or a div per row', async () => {
    for (const tag of ['pre', 'div']) {
      const r = await read(`<div class="screen">${[...client, ...guarantor].map((row) => `<${tag} style="white-space:pre">${row || ' '}</${tag}>`).join('')}</div>`);
      expect(r).toMatchObject({ name: 'Beatrice A. Okonkwo', mrn: '3310472', dob: '1966-04-19', phone: '(414)555-0131' });
    }
  });

  it("ends at a blank row: the client's rows after it are read", async () => {
    const rows = [...client.slice(0, 3), '', ' NEXT OF KIN', ' NAME: OKONKWO,SAMUEL   PHONE: (414)555-0176', '', ' DOB: 04/19/66   SEX: F'];
    expect(await read(`<pre>${rows.join('\n')}</pre>`)).toMatchObject({ name: 'Beatrice A. Okonkwo', dob: '1966-04-19', sex: 'F' });
  });
});
