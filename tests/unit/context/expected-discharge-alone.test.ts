import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An expected discharge with no admission on the page. A bare "EDD" stays unread there (it is a pregnant client's due
 * date as often, crm2-stay-labels.ts); a label that spells the discharge out beside its "EDD" is no due date.
 * Markup of our own, synthetic people.
 */
const read = async (html: string) => (await readInHappyDom(html, 'https://care.example.org/members/5521', extractClientContext)).reading;
const doc = (body: string) => `<!DOCTYPE html><html><body><div>Signed in: Leopoldine Marsh</div>${body}</body></html>`;
const dl = (rows: string[][]) => `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
const head = (rows: string[][]) => doc(`<header class="member"><h1>Tor Brandvold</h1>${dl([['Member ID', 'QP-77120'], ['Date of Birth', '1950-03-02'], ...rows])}</header>`);

describe('an expected discharge shown without an admission', () => {
  it('reads a label that names the discharge and its EDD as the expected discharge', async () => {
    for (const label of ['Expected discharge date (EDD)', 'EDD (expected discharge)']) {
      expect(await read(head([[label, '2026-12-09']]))).toMatchObject({ name: 'Tor Brandvold', dischargeDate: '2026-12-09', dischargeActual: false });
    }
  });

  it('still reads a bare EDD without an admission as nothing', async () => {
    expect((await read(head([['EDD', '2026-12-09']])))?.dischargeDate).toBeUndefined();
  });
});
