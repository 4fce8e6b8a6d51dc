import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A summary panel that sets each label in an emphasis element with its value after it, the home phone labelled by
 * the bare word "Home" on a line after the care team's (styled-label.ts, ip-others-row.ts). Markup of our own.
 */
const panel = (team: string, phoneLine: string) =>
  `<!DOCTYPE html><html><head><title>ED Board</title></head><body><aside class="panel" aria-label="Patient summary"><div class="who">VANTERPOOL, MIRELA JOY</div>` +
  `<div class="line">41 yrs &nbsp;F&nbsp; <em>DOB</em> 06/30/1985 &nbsp; <em>MRN</em> 5520781 &nbsp; <em>FIN</em> 77120033918</div>` +
  `<div class="line"><em>Arrived</em> 12/05/2026 20:10 &nbsp; <em>Bed</em> ED 12</div>${team}${phoneLine}</aside></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ed.example.org/board/chart/5520781', extractClientContext)).reading;

describe("a phone's bare kind set like its block's labels", () => {
  it("labels the client's home phone, after a line of the care team's roles", async () => {
    const r = await read(panel('<div class="line"><em>Attending</em> Dr. Felix Oyelaran &nbsp; <em>Nurse</em> Dana Whyte, RN</div>', '<div class="line"><em>Home</em> (330) 555-0171 &nbsp; <em>Emergency contact</em> Ruben Vanterpool (brother) (330) 555-0188</div>'));
    expect(r).toMatchObject({ name: 'Mirela Joy Vanterpool', mrn: '5520781', phone: '(330) 555-0171' });
  });

  it("is the contact's after a line naming one other person", async () => {
    const r = await read(panel('<div class="line"><em>Emergency contact</em> Ruben Vanterpool (brother)</div>', '<div class="line"><em>Home</em> (330) 555-0188</div>'));
    expect(r).toMatchObject({ name: 'Mirela Joy Vanterpool', mrn: '5520781' });
    expect(r?.phone).toBeUndefined();
  });
});
