/**
 * Characters of JSON text in one piece of a message too large to send at once (docs/reader-split.md, "Pieces"): the
 * browser serialises a message inside sendMessage, in one go (~3 ms a MB warm, six times that on a slow machine), so a
 * page near the text cap sent as one message held the frame's main thread 182 ms at 6× throttling.
 */
export const PIECE_CHARS = 32 * 1024;

/**
 * The JSON text of `value` (plain data, as a message holds) in pieces of about `size` characters, each made only when
 * asked, the last one returned; joined, they are `JSON.stringify(value)` exactly. A long string is cut where a piece
 * ends, each part escaped on its own, never between the halves of a surrogate pair (each half alone is escaped). No
 * piece passes twice `size`: a cut part's escapes may take six characters for one.
 */
export function* jsonPieces(value: unknown, size: number): Generator<string, string> {
  const step = Math.max(1, size >> 3);
  // A piece's parts, joined once it is full: one flat string, where `+=` would leave a rope of thousands of parts for
  // the garbage collector to copy.
  let parts: string[] = [];
  let chars = 0;
  const put = (text: string) => {
    parts.push(text);
    chars += text.length;
  };
  const full = () => {
    const piece = parts.join('');
    parts = [];
    chars = 0;
    return piece;
  };
  // The arrays and objects being written: an object's keys (an array has none) and the next entry's place.
  const open: [of: Record<string | number, unknown>, keys: string[] | null, next: number][] = [];
  let item = value;
  for (;;) {
    if (typeof item === 'string') {
      put('"');
      for (let at = 0, end; at < item.length; at = end) {
        end = at + step + ((item.charCodeAt(at + step - 1) & 0xfc00) === 0xd800 ? 1 : 0);
        put(JSON.stringify(item.slice(at, end)).slice(1, -1));
        if (chars >= size) yield full();
      }
      put('"');
    } else if (item && typeof item === 'object') {
      const of = item as Record<string, unknown>;
      // As JSON.stringify does: an object's undefined members are left out.
      const keys = Array.isArray(of) ? null : Object.keys(of).filter((key) => of[key] !== undefined);
      put(keys ? '{' : '[');
      open.push([of, keys, 0]);
    } else put(JSON.stringify(item) ?? 'null');
    for (;;) {
      if (chars >= size) yield full();
      const top = open[open.length - 1];
      if (!top) return full();
      const [of, keys, next] = top;
      if (next < (keys ?? (of as unknown as unknown[])).length) {
        const key = keys ? (keys[next] as string) : next;
        if (next) put(',');
        if (keys) put(`${JSON.stringify(key)}:`);
        item = of[key];
        top[2]++;
        break;
      }
      put(keys ? '}' : ']');
      open.pop();
    }
  }
}
