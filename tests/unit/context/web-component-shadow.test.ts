import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Patient headers built from web components: declarative shadow roots (attached by the harness as a
 * browser's parser attaches them) holding the captions and the name, the values slotted from the page.
 * Markup of our own; each reading case fails without its rule (shadow-scope.ts, slot-caption.ts and
 * the slot cases in ip-empty-slot.ts, pairs.ts and parse/text.ts), the others guard against anyone else.
 */
const read = async (body: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://ehr.example.org/chart/1', extractClientContext)).reading;
const nav = '<app-nav><template shadowrootmode="open"><nav><b>Clinic</b> <span>Dr. Ottoline Farr</span></nav></template></app-nav>';

describe('a name heading beside the fields in one shadow root (shadow-scope.ts)', () => {
  it('is read with them', async () => {
    const header = `<pt-header><template shadowrootmode="open"><h1>Brightwell, Anselm</h1><dl><dt>MRN</dt><dd>AB-55012</dd><dt>Born</dt><dd>1941-04-04</dd><dt>Gender</dt><dd>Male</dd></dl></template></pt-header>`;
    expect(await read(nav + header)).toMatchObject({ name: 'Anselm Brightwell', mrn: 'AB-55012', dob: '1941-04-04' });
  });

  it('never takes a heading from another component for the name', async () => {
    const header = `<pt-header><template shadowrootmode="open"><dl><dt>MRN</dt><dd>AB-55012</dd><dt>Born</dt><dd>1941-04-04</dd></dl></template></pt-header><side-card><template shadowrootmode="open"><h2>Mother: Ysolde Brightwell</h2></template></side-card>`;
    const r = await read(nav + header);
    expect(r?.name === undefined || r.name === 'Anselm Brightwell').toBe(true);
  });
});

describe("captions in a component's template, values slotted by the page (slot-value.ts, ip-empty-slot.ts, parse/text.ts)", () => {
  const field = (caption: string, slot: string) => `
        <div class="item"><span class="cap">${caption}</span> <slot name="${slot}"></slot></div>`;
  const card = (values: string) => `
<rx-layout>
  <rx-bar><template shadowrootmode="open"><header><slot></slot><em>Dr. Ottoline Farr</em></header></template><a href="/queue">Queue</a></rx-bar>
  <rx-person-card record="9">
    <template shadowrootmode="open">
      <style>.grid{display:flex;gap:8px}.cap{color:#555}</style>
      <div class="grid">
        <div class="name"><slot name="who"></slot></div>${field('MRN', 'id')}${field('DOB', 'born')}${field('Sex', 'sex')}${field('Phone', 'tel')}
      </div>
    </template>
    ${values}
  </rx-person-card>
  <section><h2>Note</h2><p>Seen with her husband, Gaspard Ozolins (DOB 07/08/1960).</p></section>
</rx-layout>`;
  const read2 = (values: string) => read(card(values));

  it('reads each value under the caption its slot sits after', async () => {
    const values = `<span slot="who">Perpetua Ozolins</span>
    <span slot="id">PO0020417</span>
    <span slot="born">02/03/1962</span>
    <span slot="sex">Female</span>
    <span slot="tel">(555) 201-3344</span>`;
    expect(await read2(values)).toMatchObject({ name: 'Perpetua Ozolins', mrn: 'PO0020417', dob: '1962-02-03', sex: 'F', phone: '(555) 201-3344' });
  });

  it('reads nothing under a caption whose slot the page leaves empty', async () => {
    const r = await read2(`<span slot="who">Perpetua Ozolins</span>
    <span slot="born">02/03/1962</span>
    <span slot="sex">Female</span>`);
    expect(r?.mrn).toBeUndefined();
    expect(r?.dob === undefined || r.dob === '1962-02-03').toBe(true);
  });
});

describe("a slot's own text is its fallback, shown only when nothing is assigned to it (parse/text.ts)", () => {
  it('reads what is assigned, not the blank fallback a template left between the slot tags', async () => {
    const banner = `<pt-banner><template shadowrootmode="open"><div class="row"><div class="name"><slot name="name"> </slot></div><div><span>MRN</span> <slot name="mrn"> </slot></div><div><span>DOB</span> <slot name="dob"> </slot></div></div></template><span slot="name">Leopold Varga-Nakamura</span><span slot="mrn">WF0030018</span><span slot="dob">10/09/1983</span></pt-banner>`;
    expect(await read(nav + banner)).toMatchObject({ name: 'Leopold Varga-Nakamura', mrn: 'WF0030018', dob: '1983-10-09' });
  });
});

describe("a banner's name in its own shadow tree comes before a name among its light children (name-near.ts)", () => {
  it("reads the client's slotted name, not the emergency contact's bold name the page slots lower down", async () => {
    const banner = `<pt-banner><template shadowrootmode="open"><div class="row"><div class="name"><slot name="name"></slot></div><div><span>MRN</span> <slot name="mrn"></slot></div><div><span>DOB</span> <slot name="dob"></slot></div><div><span>Emergency contact</span> <slot name="contact"></slot></div></div></template>
      <span slot="name">Leopold Varga-Nakamura</span>
      <span slot="mrn">WF0030018</span>
      <span slot="dob">10/09/1983</span>
      <b slot="contact">Tamsin Varga</b>
    </pt-banner>`;
    const r = await read(nav + banner);
    expect(r).toMatchObject({ name: 'Leopold Varga-Nakamura', mrn: 'WF0030018', dob: '1983-10-09' });
  });
});
