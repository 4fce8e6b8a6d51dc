import { matchLabel } from './labels';

/**
 * "QUICKVIEW: OYELOWO, Tobi", "Chart - Fairweather, Constance": a heading that is a view's title of a few words, then the
 * name it shows. Never after another person's label ("Provider: Smith, John").
 */
export function titleTail(text: string): string | undefined {
  const m = /(?:\bfor|\bof|:|[-–—])\s+([^:–—]+)$/.exec(text);
  // The title is a few words (never a banner's run of values before a "PCP: …" chip).
  const title = m ? text.slice(0, m.index).trim() : '';
  return m && /^\p{L}[\p{L} ]{0,30}$/u.test(title) && title.split(' ').length <= 4 && matchLabel(title)?.field !== null ? m[1] : undefined;
}
