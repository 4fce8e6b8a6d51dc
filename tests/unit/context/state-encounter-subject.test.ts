import { expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** App state holding two people and one Encounter (structured.ts): the stay is the one its subject names. Synthetic people. */
const person = (id: string, given: string, birthDate: string) => ({ resourceType: 'Patient', id, name: [{ family: 'Lindqvist', given: [given] }], birthDate });
const encounter = (subject: string) => ({ resourceType: 'Encounter', id: 'e-1', status: 'in-progress', class: { code: 'IMP' }, subject: { reference: subject }, period: { start: '2026-12-01T09:00:00Z' } });
const page = (subject: string) =>
  `<!DOCTYPE html><html><head><title>Case</title></head><body><main><h1>Elsa Lindqvist</h1><p>Household: 2 members</p></main>` +
  `<script>window.__APP_STATE__ = ${JSON.stringify({ case: { subject: person('p-1', 'Elsa', '1950-04-04'), stay: encounter(subject), household: [person('p-2', 'Anders', '1948-09-09')] } })};</script></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://connect.example.org/case/9', extractClientContext)).reading;

it('an encounter beside several people dates the stay of the one it names, no one else\'s', async () => {
  expect(await read(page('Patient/p-1'))).toMatchObject({ name: 'Elsa Lindqvist', dob: '1950-04-04', admitDate: '2026-12-01' });
  expect((await read(page('Patient/p-2')))?.admitDate).toBeUndefined();
});
