import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A header's chips end with the client's phone, its area code in brackets ("(480) 555-0191"): that is no age in
 * brackets ("(78)") that would disagree with the birth date beside it and make the line a relative's (line.ts).
 * Markup of our own, synthetic people.
 */
const page = (phone: string) =>
  `<!DOCTYPE html><html><head><title>Patient Events</title></head><body><div class="patient-header"><div class="name">Ngozi Abernathy-Kalu</div><div class="meta"><span>Female</span><span>•</span><span>Jun 30, 1953</span><span>•</span><span>Member #: QX-0031288</span><span>•</span><span>${phone}</span></div></div></body></html>`;
const read = async (phone: string) => (await readInHappyDom(page(phone), 'https://events.valleyhie.net/patients/31288', extractClientContext)).reading;

describe("a phone's area code in brackets", () => {
  it('is no age: the birth date and sex beside it are read', async () => {
    for (const phone of ['(480) 555-0191', '(02) 9555 0123', '(480)555-0191']) {
      const r = await read(phone);
      expect(r?.dob, phone).toBe('1953-06-30');
      expect(r?.sex, phone).toBe('F');
    }
  });

  it('while an age in brackets still checks the birth date', async () => {
    const r = await read('(71)');
    expect(r?.dob).toBeUndefined();
  });
});
