import { describe, expect, it } from 'vitest';
import { openingText } from '../../../src/context/parse/text';

describe('openingText: the first characters of a text content, without building the whole', () => {
  const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`, 'text/html');

  it('gives what textContent.slice gives, across nested elements', () => {
    const doc = parse('<h1>Employee <b>Health</b></h1><p>Fitness for <i>duty</i> evaluation</p><ul><li>one</li><li>two</li></ul>');
    for (const max of [0, 1, 7, 15, 30, 400]) expect(openingText(doc.body, max)).toBe((doc.body.textContent ?? '').slice(0, max));
  });

  it('stops inside a long text node', () => {
    const doc = parse('<p></p>');
    (doc.querySelector('p') as HTMLElement).textContent = `Occupational health ${'x'.repeat(100_000)}`;
    expect(openingText(doc.body, 24)).toBe('Occupational health xxxx');
  });
});
