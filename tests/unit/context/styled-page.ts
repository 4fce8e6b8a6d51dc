import { afterEach } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

export const STYLED_URL = 'https://chart.example.test/record/1';
/** What happy-dom's computed styles apply of a page's stylesheet (no layout). */
export const STYLESHEET_HIDINGS = ['display: none', 'visibility: hidden', 'opacity: 0'];

/** Reads a page of `body` whose stylesheet gives class `x` the declarations `css`; emptied after each test. */
export function styledPageReader(): (css: string, body: string) => ReturnType<typeof extractClientContext> {
  afterEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
  });
  return (css, body) => {
    document.head.replaceChildren(Object.assign(document.createElement('style'), { textContent: `.x { ${css} }` }));
    const main = document.createElement('main');
    main.insertAdjacentHTML('afterbegin', body);
    document.body.replaceChildren(main);
    return extractClientContext(document, STYLED_URL);
  };
}
