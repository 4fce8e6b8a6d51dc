import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A people list's table (a worklist with Member / ID / Birth Date columns) where one row reads as a
 * banner line and the others do not (their second dates, their wording) is still a list: no row is
 * the page's client (people-table-row.ts). Markup of our own, synthetic people.
 */
const row = (name: string, id: string, born: string, due: string, phone: string) =>
  `<tr><td>${name}</td><td>${id}</td><td>${born}</td><td>Outreach</td><td>${due}</td><td>${phone}</td></tr>`;
const page = (rows: string) =>
  `<!DOCTYPE html><html><head><title>Worklist</title></head><body><header>Signed in: Ines Calloway</header><h1>Open outreach</h1><table><thead><tr><th>Member</th><th>Member ID</th><th>Birth Date</th><th>Task</th><th>Due</th><th>Phone</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://cm.example.org/worklist', extractClientContext)).reading;

describe('a row of a people list', () => {
  it('is not read as the client, even when it is the only row that reads as a line', async () => {
    const rows = [
      row('MARCHETTI, DINO', 'QX0012291', '02/14/1957', '12/09/2026', '(614) 555-0111'),
      row('OYELOWO, FUNMI', 'QX0013378', '07/01/1948', '12/09/2026', '(614) 555-0120'),
      row('GRAYSON, ELSPETH', 'QX0017741', '12/30/1975', '12/14/2026', '(614) 555-0165'),
    ].join('');
    expect(await read(page(rows))).toBeNull();
  });
});
