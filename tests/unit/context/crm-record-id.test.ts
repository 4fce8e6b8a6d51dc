import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A CRM contact's property sidebar: its own number for the client beside the CRM's row id. Our own markup. */
const page = (props: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Contact | Sales hub</title></head><body><nav>Contacts · Deals · <span>Ravi Menon</span></nav>` +
      `<aside class="sidebar"><h2 class="title">Oona Brightwater</h2><section aria-label="About this contact">${props}` +
      `<div><label>Date of birth</label><div>04/02/1957</div></div><div><label>Contact owner</label><div>Ravi Menon</div></div></section></aside>` +
      `<main><h3>Activity</h3><p>Logged call by Ravi Menon.</p></main></body></html>`,
    'text/html',
  );
const read = (doc: Document) => extractClientContext(doc, 'https://crm.example.com/contacts/5501/record/0-1/88120455901', { adapters: [], today: '2026-12-07' });
const recordId = '<div><label>Record ID</label><div>88120455901</div></div>';

describe("a CRM's own Record ID", () => {
  it("yields to the client's own number beside it, either side", async () => {
    expect((await read(page(`${recordId}<div><label>Client ID</label><div>SC-40912</div></div>`)))?.mrn).toBe('SC-40912');
    expect((await read(page(`<div><label>Client ID</label><div>SC-40912</div></div>${recordId}`)))?.mrn).toBe('SC-40912');
  });

  it('is still read when it is the only number', async () => {
    expect((await read(page(recordId)))?.mrn).toBe('88120455901');
  });
});
