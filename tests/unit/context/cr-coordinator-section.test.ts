import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A section about the client's care coordinator or case manager (others.ts); markup of our own. */
const field = (label: string, value: string) => `<div class="row"><div><label>${label}</label></div><div><input type="text" value="${value}" readonly></div></div>`;
const read = (own: string, heading: string) =>
  extractClientContext(
    new DOMParser().parseFromString(
      `<!DOCTYPE html><html><head><title>Patient: Ignatia Oyelaran-Brandt</title></head><body><main><h1 class="record-title">Ignatia Oyelaran-Brandt</h1>` +
        `<section aria-label="PATIENT"><h2>PATIENT</h2>${field('Medical Record Number', 'HX-5520913')}${field('Birthday', '9/14/1949')}${own}</section>` +
        `<section aria-label="${heading}"><h2>${heading}</h2><div class="quick-view">${field('Full Name', 'Bertrand Quillfeather')}${field('Mobile Phone', '(425) 555-0100')}</div></section></main></body></html>`,
      'text/html',
    ),
    'https://care.example-health.org/forms/patient?id=c41e',
  );

describe("the care coordinator's section", () => {
  it("gives the coordinator's phone, never the client's", async () => {
    for (const heading of ['CARE COORDINATOR', 'Care Coordinator Details', 'Case Manager']) {
      const r = await read('', heading);
      expect(r?.name).toBe('Ignatia Oyelaran-Brandt');
      expect(r?.phone).toBeUndefined();
    }
  });

  it("leaves the client's own phone beside it", async () => {
    expect((await read(field('Home Phone', '(425) 555-0177'), 'CARE COORDINATOR'))?.phone).toBe('(425) 555-0177');
  });
});
