import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { credentialTail } from '../../../src/context/generic/credential-tail';

/** A clinic calendar's columns headed by practitioners, one appointment's client in a panel. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body><div><div><div>${html}</div></div></div></body></html>`, 'https://clinic.example.org/schedule/day', extractClientContext)).reading;
const columns = '<div class="cal"><div class="col"><h4>Odile Marchetti, PT</h4><div>9:00 Booked</div></div><div class="col"><h4>Ravi Sundaram, RMT</h4><div>9:30 Booked</div></div></div>';
const panel = '<div class="panel"><div>Assessment · 60 min · 10:00 am</div><hr><div class="line"><span class="k">Born</span> March 8, 1979 (47)</div><div class="line"><span class="k">Cell</span> 250-555-0164</div></div>';

describe('a name with a clinician\'s credential after it', () => {
  it('is told by the credential set off with a comma', () => {
    expect(credentialTail('Ravi Sundaram, RMT')).toBe(true);
    expect(credentialTail('Odile Marchetti, PT, DPT')).toBe(true);
    expect(credentialTail('Nadia Kowalczyk, LCSW')).toBe(true);
    expect(credentialTail('Marchetti, Odile')).toBe(false);
    expect(credentialTail('Ravi Sundaram')).toBe(false);
    // Family-first names whose given name is spelt like a credential.
    expect(credentialTail('VANG, Pa')).toBe(false);
    expect(credentialTail('Kim, Do')).toBe(false);
  });

  it('is never read as the client beside a record that names nobody', async () => {
    expect(await read(columns + panel)).toBeNull();
  });

  it('leaves a heading naming the client read', async () => {
    expect(await read(`${columns}<div class="panel"><h4>Harriet Okonjo</h4><div class="line"><span class="k">Born</span> March 8, 1979 (47)</div><div class="line"><span class="k">Cell</span> 250-555-0164</div></div>`)).toMatchObject({ name: 'Harriet Okonjo', dob: '1979-03-08' });
  });
});
