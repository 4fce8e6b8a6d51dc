import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { VisibilityChecker } from '../../../src/context/dom';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * "Visually hidden" captions (muted-caption.ts, dom.ts isMuted), written as inline styles so that this engine
 * without layout sees them hidden as Chromium does (a stylesheet's are judged in generic-visibility.e2e.ts).
 * Markup of our own, synthetic people.
 */
const SR_ONLY = {
  'MUI visuallyHidden': 'border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;white-space:nowrap;width:1px',
  'clip-path inset': 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap',
  'off-screen': 'position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden',
};

const card = (caption: string, idRow = `<div><span style="${caption}">Client ID</span><i aria-hidden="true">#</i>CL-559120</div>`) =>
  `<!DOCTYPE html><html><head><title>Profile</title></head><body><header><span>CareLoop</span><span>Noah Feld, LCSW</span></header>` +
  `<section class="profile"><h3>Delphine Marchetti</h3>` +
  `<div><span style="${caption}">Date of birth</span>July 19, 1972</div>${idRow}` +
  `<div><span style="${caption}">Phone</span>(415) 555-0152</div></section></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://app.careloop.example/c/patients/8f3e21', extractClientContext)).reading;

describe.each(Object.entries(SR_ONLY))('a caption only a screen reader is given (%s)', (_how, css) => {
  it('labels the shown value after it', async () => {
    expect(await read(card(css))).toMatchObject({ name: 'Delphine Marchetti', dob: '1972-07-19', mrn: 'CL-559120', phone: '(415) 555-0152' });
  });

  it('is never a value itself', async () => {
    const r = await read(card(css, `<div>Client ID <span style="${css}">CL-880012</span></div>`));
    expect(r).toMatchObject({ name: 'Delphine Marchetti', dob: '1972-07-19' });
    expect(r?.mrn).toBeUndefined();
  });

  it('labels nothing inside a hidden parent, or kept apart from its value (aria-labelledby)', async () => {
    expect((await read(card(css, `<div style="display:none"><span style="${css}">Client ID</span>CL-559120</div>`)))?.mrn).toBeUndefined();
    const apart = `<!DOCTYPE html><html><body><span id="l-ph" style="${css}">Primary phone</span><div class="banner" role="region" aria-label="Patient banner">` +
      `<h1>Leocadia Ferrante</h1><span aria-labelledby="l-ph">(206) 555-0137</span> <span>DOB 09/16/1998</span> <span>MRN 0048812</span></div>` +
      `<p>Therapist: Owen Tremblay · (206) 555-0110</p></body></html>`;
    expect((await read(apart))?.phone).not.toBe('Leocadia Ferrante');
    expect(JSON.stringify(await read(apart))).not.toContain('555-0110');
  });
});

it('a caption hidden any other way labels nothing', async () => {
  const r = await read(card('display:none'));
  expect(r?.mrn).toBeUndefined();
  expect(r?.phone).toBeUndefined();
});

describe('VisibilityChecker.isMuted', () => {
  const doc = new DOMParser().parseFromString(
    `<p id="shown">x</p><p><span id="sr" style="${SR_ONLY['MUI visuallyHidden']}">Sex</span>F</p>` +
      `<div style="display:none"><span id="in-hidden" style="${SR_ONLY['MUI visuallyHidden']}">Sex</span>F</div>` +
      `<p><span id="gone" style="display:none">Sex</span>F</p><p><span id="mute-aria" aria-hidden="true" style="${SR_ONLY['clip-path inset']}">Sex</span>F</p>`,
    'text/html',
  );
  const vis = new VisibilityChecker(doc);
  const muted = (id: string) => vis.isMuted(doc.getElementById(id) as Element);

  it('holds for a squeezed or clipped text in a shown parent, and for nothing else', () => {
    expect(muted('sr')).toBe(true);
    expect(vis.isVisible(doc.getElementById('sr') as Element)).toBe(false);
    for (const id of ['shown', 'in-hidden', 'gone', 'mute-aria']) expect(muted(id), id).toBe(false);
  });
});

it('a caption reads its value past an icon hidden from everyone between them (pairs.ts valueAfter)', async () => {
  const chip = (caption: string, icon: string, value: string) => `<span class="field"><span class="caption">${caption}</span>${icon ? `<span aria-hidden="true">${icon}</span>` : ''}${value}</span>`;
  const r = await read(
    `<!DOCTYPE html><html><body><div class="header"><div class="name">Harriet Nwachukwu-Lowe</div><div class="row">` +
      `${chip('Date of birth', '🎂', '11 Feb 1999')}${chip('Sex assigned at birth', '', 'F')}${chip('Patient ID', '#', 'BH-0772615')}${chip('Insurance member ID', '', 'XQZ884102937')}</div></div></body></html>`,
  );
  expect(r).toMatchObject({ dob: '1999-02-11', mrn: 'BH-0772615' });
});
