import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An opened appointment's panel naming its client by a link to the client's record. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://physio.example.org/admin#schedule', extractClientContext)).reading;
const facts = '<div class="line"><span class="k">Born</span> June 2, 1984 (42)</div><div class="line"><span class="k">Cell</span> 604-555-0117</div>';
const panel = (links: string) => `<div class="cal"><div>9:00 Booked</div></div><div class="panel"><div>Follow-up · 30 min · 9:30 am</div>${links}${facts}</div>`;

describe('the one link to a person\'s record in an opened panel', () => {
  it('names the client whose facts the panel labels', async () => {
    expect(await read(panel('<a class="who" href="/admin/patients/5521">Ottilie Brandvold</a>'))).toMatchObject({ name: 'Ottilie Brandvold', dob: '1984-06-02', phone: '604-555-0117' });
  });

  it('names nobody when the panel links two people, or links no person\'s record', async () => {
    expect(await read(panel('<a href="/admin/patients/5521">Ottilie Brandvold</a> <a href="/admin/patients/5530">Casimir Brandvold</a>'))).toBeNull();
    expect(await read(panel('<a class="who" href="/admin/staff/12">Ottilie Brandvold</a>'))).toBeNull();
  });

  it('is never one in a list of recent people, nor one after the facts', async () => {
    expect(await read(`${panel('')}<h4>Recent</h4><ul><li><a href="/admin/patients/5530">Casimir Brandvold</a></li></ul>`)).toBeNull();
    expect(await read(`${panel('')}<p><a href="/admin/patients/5530">Casimir Brandvold</a></p>`)).toBeNull();
  });
});
