import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A responsive low-code card opens with a row of the avatar (its initials in a span of their own inside the circle),
 * the name in a plain div and a status badge, then a row of captioned facts: the name after the avatar of its initials
 * is the client's (hc-avatar-name.ts). A page header's user badge in the same shape is not. Markup of our own,
 * synthetic people.
 */
const card = `<div class="card">
  <div class="head"><div class="avatar"><span>TQ</span></div><div><div class="h5"><span>Tobiah Quennell</span></div></div><span class="badge">Due in 2d</span></div>
  <div class="cols">
    <div class="col"><div class="cap">Member ID</div><span>RQ5520981</span></div>
    <div class="col"><div class="cap">Birthdate</div><span>1958-06-02</span></div>
    <div class="col"><div class="cap">Sex</div><span>Male</span></div>
  </div></div>`;

describe('a card headed by an avatar of initials and a plain name', () => {
  it('reads the name after the avatar', async () => {
    const html = `<!DOCTYPE html><html><head><title>Case</title></head><body><main>${card}</main></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://um.example.org/Cases/Detail?Id=41', extractClientContext);
    expect(reading).toMatchObject({ name: 'Tobiah Quennell', mrn: 'RQ5520981', dob: '1958-06-02' });
  });

  it("but never a header's user badge in the same shape", async () => {
    const html = `<!DOCTYPE html><html><head><title>Case</title></head><body><main><div class="card">
      <header class="head"><div class="avatar"><span>MV</span></div><div><div class="h5"><span>Mirela Vukovic</span></div></div></header>
      <div class="cols"><div class="col"><div class="cap">Member ID</div><span>RQ5520981</span></div><div class="col"><div class="cap">Birthdate</div><span>1958-06-02</span></div></div>
      </div></main></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://um.example.org/Cases/Detail?Id=41', extractClientContext);
    expect(reading?.name ?? null).not.toBe('Mirela Vukovic');
  });
});
