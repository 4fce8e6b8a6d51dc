import type { Json } from './structured';

/**
 * Nuxt 2 (and devalue's older output) serialises the server state as a JavaScript expression, not
 * JSON: `window.__NUXT__=(function(a,b,c){return {data:[{patient:{id:a,…}}],…}}("x",false,null))`,
 * unquoted keys, strings hoisted into the function's arguments. The reader runs no script, so the
 * literal is parsed here: objects, arrays, strings, numbers and the few constants such an expression
 * holds, a parameter read from its argument. Anything else (a call, an operator) refuses the whole.
 */

const MAX_NODES = 20000;
const WORD = /[A-Za-z_$][\w$]*/y;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const CONSTANTS: Record<string, Json> = { true: true, false: false, null: null, undefined: null, NaN: null, Infinity: null };

class Refused extends Error {}

/** A parameter of the function, looked up once its arguments are known. */
class Param {
  constructor(readonly name: string) {}
}
type Lit = Json | Param | Lit[] | { [key: string]: Lit };

class Reader {
  i: number;
  nodes = 0;
  constructor(
    readonly s: string,
    at: number,
  ) {
    this.i = at;
  }
  skip(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i] as string)) this.i++;
  }
  eat(token: string): boolean {
    this.skip();
    if (!this.s.startsWith(token, this.i)) return false;
    this.i += token.length;
    return true;
  }
  expect(token: string): void {
    if (!this.eat(token)) throw new Refused();
  }
  /** The list's end must follow a value that no comma does. */
  closing(token: string): void {
    this.skip();
    if (!this.s.startsWith(token, this.i)) throw new Refused();
  }
  word(): string | undefined {
    this.skip();
    WORD.lastIndex = this.i;
    const m = WORD.exec(this.s);
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }
  string(): string {
    const quote = this.s[this.i];
    let out = '';
    for (this.i++; this.i < this.s.length; this.i++) {
      const c = this.s[this.i] as string;
      if (c === quote) {
        this.i++;
        return out;
      }
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.s[++this.i] as string;
      if (e === 'u' || e === 'x') {
        const len = e === 'u' ? 4 : 2;
        out += String.fromCharCode(parseInt(this.s.slice(this.i + 1, this.i + 1 + len), 16));
        this.i += len;
      } else out += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
    }
    throw new Refused();
  }
  value(): Lit {
    if (++this.nodes > MAX_NODES) throw new Refused();
    this.skip();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"' || c === "'") return this.string();
    if (c === '!' && /[01]/.test(this.s[this.i + 1] ?? '')) {
      this.i += 2;
      return this.s[this.i - 1] === '0';
    }
    NUMBER.lastIndex = this.i;
    const n = NUMBER.exec(this.s);
    if (n) {
      this.i += n[0].length;
      return Number(n[0]);
    }
    const w = this.word();
    if (w === undefined) throw new Refused();
    if (w === 'void') {
      this.value();
      return null;
    }
    return w in CONSTANTS ? (CONSTANTS[w] as Json) : new Param(w);
  }
  object(): Lit {
    this.expect('{');
    const out: { [key: string]: Lit } = {};
    while (!this.eat('}')) {
      this.skip();
      const c = this.s[this.i];
      const key = c === '"' || c === "'" ? this.string() : this.word() ?? this.number();
      this.expect(':');
      out[key] = this.value();
      if (!this.eat(',')) this.closing('}');
    }
    return out;
  }
  number(): string {
    NUMBER.lastIndex = this.i;
    const n = NUMBER.exec(this.s);
    if (!n) throw new Refused();
    this.i += n[0].length;
    return n[0];
  }
  array(): Lit {
    this.expect('[');
    const out: Lit[] = [];
    while (!this.eat(']')) {
      out.push(this.value());
      if (!this.eat(',')) this.closing(']');
    }
    return out;
  }
}

function bind(v: Lit, scope: Map<string, Json>): Json {
  if (v instanceof Param) return scope.get(v.name) ?? null;
  if (Array.isArray(v)) return v.map((x) => bind(x, scope));
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, bind(x, scope)]));
  return v;
}

/** The value of the JavaScript expression at `at`: an object or array literal, or Nuxt's IIFE around one. */
export function jsStateValue(text: string, at: number): Json | undefined {
  try {
    const r = new Reader(text, at);
    if (!r.eat('(')) return bind(r.value(), new Map());
    r.expect('function');
    r.expect('(');
    const params: string[] = [];
    while (!r.eat(')')) {
      const w = r.word();
      if (!w) return undefined;
      params.push(w);
      r.eat(',');
    }
    r.expect('{');
    r.expect('return');
    const body = r.value();
    r.eat(';');
    r.expect('}');
    // `}(args))` and `})(args)` are both written.
    r.eat(')');
    r.expect('(');
    const scope = new Map<string, Json>();
    for (let k = 0; !r.eat(')'); k++) {
      scope.set(params[k] ?? '', bind(r.value(), new Map()));
      r.eat(',');
    }
    return bind(body, scope);
  } catch (e) {
    if (e instanceof Refused || e instanceof RangeError) return undefined;
    throw e;
  }
}
