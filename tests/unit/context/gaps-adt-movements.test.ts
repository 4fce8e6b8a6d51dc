import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An ADT notifications table lists one stay's movements, a row each ("Event | Date | Facility | Unit"): the stay's
 * facility is the latest admission's (adt-movements.ts). Markup of our own.
 */
const read = async (rows: string[][]) =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><body><div id="banner"><div>Aldana, Perpetua June</div><div>Female, 79 y.o., 03/14/1947</div><div>MRN: 50217733</div></div>
<main><div class="card"><h4>ADT Notifications</h4><table><thead><tr><th>Event</th><th>Date</th><th>Facility</th><th>Unit</th></tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div></main></body></html>`,
      'https://care.example.org/patients/50217733/summary',
      (doc, url) => extractClientContext(doc, url, { today: '2026-12-05' }),
    )
  ).reading;

describe("an ADT table's movements", () => {
  it("give the latest admission's facility, with its discharge after it", async () => {
    const r = await read([
      ['Discharge', '11/28/2026 14:10', 'Lakeshore General', '4 West'],
      ['Admission', '11/22/2026 21:45', 'Lakeshore General', '4 West'],
      ['ED visit', '09/03/2026 08:02', 'Lakeshore General', 'Emergency'],
    ]);
    expect(r).toMatchObject({ name: 'Perpetua June Aldana', admitDate: '2026-11-22', dischargeDate: '2026-11-28', location: 'Lakeshore General' });
  });

  it('give no facility when the discharge after the admission names another one', async () => {
    const r = await read([
      ['Discharge', '11/28/2026 14:10', 'Hillcrest Rehab', 'Rehab'],
      ['Admission', '11/22/2026 21:45', 'Lakeshore General', '4 West'],
    ]);
    expect(r).toMatchObject({ name: 'Perpetua June Aldana', mrn: '50217733' });
    expect(r?.location).toBeUndefined();
  });
});
