import { describe, expect, test } from 'vitest';
import { bestFrame, sameContext } from '../../../src/background/frames';
import type { ClientContext } from '../../../src/model/context';

const ctx = (name: string, confidence: number) => ({ name, source: 'generic', confidence });

describe('the context of a tab with frames', () => {
  test('is the most confident frame, not the top frame that read nothing', () => {
    const best = bestFrame({
      0: { context: null, frameUrl: 'https://ehr.example/shell', readAt: 5 },
      3: { context: ctx('Jane Doe', 0.9), frameUrl: 'https://ehr.example/chart', readAt: 1 },
      4: { context: ctx('Al Smith', 0.6), frameUrl: 'https://ehr.example/recent', readAt: 9 },
    });
    expect(best?.context?.name).toBe('Jane Doe');
  });

  test('breaks a tie by the most recent read (reports stored before changedAt)', () => {
    const best = bestFrame({
      1: { context: ctx('Old Client', 0.9), frameUrl: 'a', readAt: 1 },
      2: { context: ctx('New Client', 0.9), frameUrl: 'b', readAt: 2 },
    });
    expect(best?.context?.name).toBe('New Client');
  });

  test('breaks a tie by the reading that changed last, not the frame that reported last (frames may stay silent)', () => {
    const best = bestFrame({
      1: { context: ctx('Old Client', 0.9), frameUrl: 'a', readAt: 9, changedAt: 1 },
      2: { context: ctx('New Client', 0.9), frameUrl: 'b', readAt: 2, changedAt: 2 },
    });
    expect(best?.context?.name).toBe('New Client');
  });

  test('is nothing when no frame shows a client', () => {
    expect(bestFrame({ 0: { context: null, frameUrl: 'a', readAt: 1 } })).toBeUndefined();
    expect(bestFrame({})).toBeUndefined();
  });

  test('sameContext does not care in which order the fields come (storage.session gives them back sorted)', () => {
    const fresh = { name: 'Jane Doe', mrn: '1', confidence: 0.9, source: 'generic', provenance: { name: 'label', mrn: 'label' } } as ClientContext;
    const stored = { confidence: 0.9, mrn: '1', name: 'Jane Doe', provenance: { mrn: 'label', name: 'label' }, source: 'generic' } as ClientContext;
    expect(sameContext(fresh, stored)).toBe(true);
    expect(sameContext(fresh, { ...stored, mrn: '2' })).toBe(false);
  });

  test('sameContext compares by value and treats missing as null', () => {
    expect(sameContext(ctx('A', 1), ctx('A', 1))).toBe(true);
    expect(sameContext(ctx('A', 1), ctx('B', 1))).toBe(false);
    expect(sameContext(undefined, null)).toBe(true);
  });
});

describe('frames the user cannot see, and the top frame', () => {
  const view = (width: number, height: number, visible?: boolean) => ({ width, height, ...(visible === undefined ? {} : { visible }) });
  test('a hidden or tiny iframe never counts, however sure it is', () => {
    const frames = {
      0: { context: null, frameUrl: 'https://ehr.example/shell', readAt: 1 },
      5: { context: ctx('Planted Person', 0.95), frameUrl: 'https://ehr.example/x', readAt: 2, view: view(800, 600, false) },
      6: { context: ctx('Pixel Person', 0.95), frameUrl: 'https://ehr.example/y', readAt: 3, view: view(1, 1, true) },
    };
    expect(bestFrame(frames, 'https://ehr.example/shell')).toBeUndefined();
  });
  test('a cross-origin iframe never outranks what the top frame shows', () => {
    const best = bestFrame(
      {
        0: { context: ctx('Jane Doe', 0.6), frameUrl: 'https://ehr.example/chart', readAt: 1 },
        7: { context: ctx('Someone Else', 0.95), frameUrl: 'https://widgets.example.net/card', readAt: 2, view: view(800, 600, true) },
      },
      'https://ehr.example/chart',
    );
    expect(best?.context?.name).toBe('Jane Doe');
  });
  test('the top frame wins when confidences are close; a clearly surer visible frame of the same origin wins', () => {
    const top = { context: ctx('Jane Doe', 0.8), frameUrl: 'https://ehr.example/shell', readAt: 1 };
    const close = { context: ctx('Jane Doe', 0.85), frameUrl: 'https://ehr.example/chart', readAt: 2, view: view(900, 700, true) };
    expect(bestFrame({ 0: top, 3: close }, 'https://ehr.example/shell')).toBe(top);
    const surer = { ...close, context: ctx('Jane Doe', 0.95) };
    const lower = { ...top, context: ctx('Jane Doe', 0.6) };
    expect(bestFrame({ 0: lower, 3: surer }, 'https://ehr.example/shell')).toBe(surer);
  });
  test('with nothing in the top frame, a visible cross-origin chart frame is read', () => {
    const chart = { context: ctx('Jane Doe', 0.9), frameUrl: 'https://chart.example.org/p/1', readAt: 2, view: view(900, 700, true) };
    expect(bestFrame({ 0: { context: null, frameUrl: 'https://portal.example/', readAt: 1 }, 2: chart }, 'https://portal.example/')).toBe(chart);
  });
});
