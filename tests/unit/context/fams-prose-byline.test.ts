import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A ticket's conversation beside its contact panel: a message opens with its author in bold and no colon; the panel's
 * name is a plain div over captioned facts and a heading of its own; another contact's hover card is hidden
 * (prose-byline.ts). The author is never the client. Markup of our own, synthetic people.
 */
const page = (author: string) => `<!DOCTYPE html><html><head><title>Ticket 3301</title><style>.q1e8c{display:grid}.qd5d5{display:none}</style></head><body><div class="qa3f1">Desk · Northfield Devices — Patient Support &nbsp;&nbsp; <span style="float:right">Ines Varga · Admin</span></div>
<div class="qe2c8">
<div class="qd7b4">
<h2>Pump alarm at night</h2>
<div>#3301 · Channel  Phone · Department  Infusion · Owner  ${author}</div>
<p><b>Customer wrote </b> The pump alarms every night around 2am. My endocrinologist Dr. Lena Moss asked me to report it. Lot 55-A.</p>
<p><b>${author} </b> Replacement approved; sending 1 pump. No further review needed.</p>
</div>
<div class="q10e9">
<div class="qf6a2">Ngozi Halvorsen-Reid</div>
<div>Contact · Account  Northfield Patients (US)</div>
<div class="qaa77"><div>Mobile</div><div>+1 612 555 0144</div></div>
<div class="qaa77"><div>Customer ID</div><div>PX-200913</div></div>
<div class="qaa77"><div>Date of Birth</div><div>04/18/1990</div></div>
<div class="qaa77"><div>Device serial</div><div>NP-4410-Q</div></div>
<div class="qaa77"><div>Prescriber</div><div>Lena Moss, MD</div></div>
<h4>Happiness</h4><div>Good  3 · Bad  0</div>
</div>
</div>
<div class="qd5d5" id="contact-hover-card">
<div class="qf6a2">Pieter Lindqvist</div>
<div class="qaa77"><div>Customer ID</div><div>PX-199002</div></div>
<div class="qaa77"><div>Date of Birth</div><div>11/05/1961</div></div>
</div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://desk.example.org/agent/tickets/3301', extractClientContext)).reading;

describe("a message's author in bold before its prose", () => {
  it('is not the record beside it', async () => {
    const r = await read(page('Dmitri Okafor'));
    expect(r?.name).toBe('Ngozi Halvorsen-Reid');
    expect(r?.mrn).toBe('PX-200913');
  });
});
