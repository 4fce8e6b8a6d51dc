import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A patient portal greeting its account holder by the given name. Markup of our own, synthetic people. */
const patient = (given: string, family: string, birthDate: string) => ({ resourceType: 'Patient', id: `p-${family}`, name: [{ given: [given], family }], birthDate, gender: 'female', identifier: [{ type: { coding: [{ code: 'MR' }] }, value: `M-${birthDate.replace(/-/g, '')}` }] });
const page = (people: object[]) => `<!DOCTYPE html><html><head><title>Home</title></head><body><header><button>Hello, Odalys!</button></header><main><h1>Your health</h1><p>No upcoming visits.</p></main>
<script type="application/json" id="portal-state">${JSON.stringify({ account: { people } })}</script></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://portal.example.org/', extractClientContext)).reading;

describe('greeted given name', () => {
  it('reads the one stored person the portal greets', async () => {
    expect(await read(page([patient('Odalys', 'Brennan-Ruiz', '1993-04-17')]))).toMatchObject({ name: 'Odalys Brennan-Ruiz', dob: '1993-04-17' });
  });

  it('reads nobody when the state holds someone else too', async () => {
    expect(await read(page([patient('Odalys', 'Brennan-Ruiz', '1993-04-17'), patient('Teo', 'Brennan-Ruiz', '2020-02-02')]))).toBeNull();
  });
});
