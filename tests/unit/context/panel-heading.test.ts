import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

const doc = (body: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Request</title></head><body>${body}</body></html>`, 'text/html');
const read = (d: Document) => extractClientContext(d, 'https://language.example.org/requests/5512', { adapters: [], today: '2026-12-07' });

describe("a framework panel's title", () => {
  it('says the Name and Phone rows under "Assigned Interpreter" are the interpreter\'s, not a second client', async () => {
    const d = doc(
      `<div class="card"><div class="card-header">Patient</div><table>` +
        `<tr><th>Patient Name</th><td>Halima Yusuf</td></tr><tr><th>MRN</th><td>K2231907</td></tr>` +
        `<tr><th>DOB</th><td>05/17/1972</td></tr><tr><th>Phone</th><td>(206) 555-0144</td></tr></table></div>` +
        `<div class="card"><div class="card-header">Assigned Interpreter</div><table>` +
        `<tr><th>Name</th><td>Abdiwali Hersi</td></tr><tr><th>Phone</th><td>(206) 555-0187</td></tr></table></div>`,
    );
    expect(await read(d)).toMatchObject({ name: 'Halima Yusuf', mrn: 'K2231907', dob: '1972-05-17', phone: '(206) 555-0144' });
  });
});
