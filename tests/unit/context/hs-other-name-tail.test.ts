import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A document's patient cell that names the client and then, after a comma, another name of theirs under its own
 * label, its colon or not ("Legal Willem VAN DER BERG Sr., Nickname Pete"): the name ends at the comma (parse/names.ts).
 * Markup of our own.
 */
const URL = 'https://ehr.example.org/Documents/Render?docid=PN-4471';
const read = (cell: string) =>
  extractClientContext(
    new DOMParser().parseFromString(
      '<!DOCTYPE html><html><body><h1>Progress Note</h1><table class="header_table"><tbody>' +
        `<tr><td class="td_label">Patient</td><td>${cell}</td></tr>` +
        '<tr><td class="td_label">Date of birth</td><td>January 9, 1951</td></tr><tr><td class="td_label">Sex</td><td>Male</td></tr>' +
        '<tr><td class="td_label">Patient-IDs</td><td>0098-3312 (Prairie Clinic MRN)</td></tr></tbody></table></body></html>',
      'text/html',
    ),
    URL,
  );

describe("another name of the client's after a comma", () => {
  it('is no part of the name, its label without a colon', async () => {
    const c = await read('<span class="span_label">Legal </span>Maarten Jozef VAN DAM Jr.<span class="span_label">, Nickname </span>Tijs');
    expect(c?.name).toBe('Maarten Jozef Van Dam Jr.');
  });

  it('nor with one', async () => {
    const c = await read('<span class="span_label">Legal: </span>Maarten Jozef VAN DAM<span class="span_label">, Preferred: </span>Tijs');
    expect(c?.name).toBe('Maarten Jozef Van Dam');
  });
});
