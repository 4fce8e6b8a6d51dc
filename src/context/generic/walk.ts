/**
 * The page's elements in document order, each open shadow tree read right after its host, like
 * the page shows it. Cheap per step (live collections), bounded by `max`.
 */
export function* elements(root: Document | ShadowRoot | Element, max: number): Generator<Element> {
  const stack: { list: ArrayLike<Element>; i: number }[] = [];
  const listOf = (r: Document | ShadowRoot | Element): ArrayLike<Element> =>
    r.nodeType === 9 ? ((r as Document).body ?? (r as Document).documentElement).getElementsByTagName('*') : r.querySelectorAll('*');
  stack.push({ list: listOf(root), i: 0 });
  let count = 0;
  while (stack.length > 0 && count < max) {
    const top = stack[stack.length - 1] as { list: ArrayLike<Element>; i: number };
    // Indexed in order and never asked for its length: a live collection's length walks the whole tree.
    const el = top.list[top.i++];
    if (!el) {
      stack.pop();
      continue;
    }
    count++;
    yield el;
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow && stack.length < 8) stack.push({ list: listOf(shadow), i: 0 });
  }
}
