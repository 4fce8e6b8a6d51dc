import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An enrolment grid counts the clients each enrolment covers ("Client Count"): that column holds numbers, so the
 * grid is no list of clients and the client's labelled details are read (count-column.ts). A real "Client" column
 * still makes a list. Markup of our own, synthetic people.
 */
const page = (column: string) =>
  `<!DOCTYPE html><html><head><title>Client Dashboard</title></head><body><div>Welcome, Oriel Fansworth | Logout</div>
<table class="head"><tr><td>Client ID</td><td>40317</td><td>Name</td><td>Benedikt Aragones</td></tr>
<tr><td>Date of Birth</td><td>02/09/1972</td><td>Gender</td><td>Male</td></tr></table>
<h3>Enrollments</h3>
<table class="grid"><tr><th>Program</th><th>Start Date</th><th>End Date</th><th>${column}</th></tr>
<tr><td>Northside Day Center (311)</td><td>09/14/2026</td><td></td><td>1</td></tr>
<tr><td>Harbor Street Outreach (207)</td><td>01/22/2026</td><td>09/13/2026</td><td>2</td></tr></table></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://hmis.example.org/client/40317/dashboard', extractClientContext)).reading;

describe('a column counting clients', () => {
  it('makes no list of clients', async () => {
    for (const column of ['Client Count', 'Clients Served', 'Member Total']) {
      expect(await read(page(column)), column).toMatchObject({ name: 'Benedikt Aragones', mrn: '40317', dob: '1972-02-09' });
    }
  });
  it('while a client column still does', async () => {
    expect((await read(page('Client'))) ?? null).toBeNull();
  });
});
