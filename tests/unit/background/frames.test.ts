import { describe, expect, test } from 'vitest';
import { bestFrame, sameContext } from '../../../src/background/frames';

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

  test('breaks a tie by the most recent read', () => {
    const best = bestFrame({
      1: { context: ctx('Old Client', 0.9), frameUrl: 'a', readAt: 1 },
      2: { context: ctx('New Client', 0.9), frameUrl: 'b', readAt: 2 },
    });
    expect(best?.context?.name).toBe('New Client');
  });

  test('is nothing when no frame shows a client', () => {
    expect(bestFrame({ 0: { context: null, frameUrl: 'a', readAt: 1 } })).toBeUndefined();
    expect(bestFrame({})).toBeUndefined();
  });

  test('sameContext compares by value and treats missing as null', () => {
    expect(sameContext(ctx('A', 1), ctx('A', 1))).toBe(true);
    expect(sameContext(ctx('A', 1), ctx('B', 1))).toBe(false);
    expect(sameContext(undefined, null)).toBe(true);
  });
});
