import type { ReadEnv } from '../reading';
import { normalizeField } from '../reading';
import { shortText } from '../parse/text';
import { inOthersSection, OTHERS_SECTION } from './others';
import { tagOf } from '../tag';

/**
 * Client profiles print the client's phone bare, on a line of its own with its type after it, where a label would
 * be before it ("(559) 555-0182 (Mobile)", "(971) 555-0146 · Mobile · Text OK"): in the block that holds the client's
 * identity, the one such line is the client's phone. A relative's or a contact's line names them, or sits in their
 * section ("Emergency Contact", "Contacts"); two typed numbers do not say which one is the client's.
 */
const TYPE = '(?:mobile|cell|home|work|main|primary|personal)';
const TYPED = new RegExp(`^((?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4})\\s*(?:\\(\\s*${TYPE}\\s*\\)|[·•|,–-]\\s*${TYPE}(?:\\s*[·•|,–-]\\s*[\\w /]{1,24})?)$`, 'i');
const LOOKED_AT = 300;

export function typedPhone(facts: Element[], env: ReadEnv): { value: string; el: Element } | null {
  const scope = commonParent(facts);
  if (!scope) return null;
  const all = scope.getElementsByTagName('*');
  const found = new Map<string, Element>();
  for (let i = 0; i < all.length && i < LOOKED_AT; i++) {
    const el = all[i] as Element;
    if (el.childElementCount > 0) continue;
    const m = TYPED.exec(shortText(el, 80) ?? '');
    if (!m || !env.vis.isVisible(el) || inOthersSection(el) || othersHeadingAbove(el, scope)) continue;
    const n = normalizeField('phone', m[1] as string, env);
    if (n && !found.has(n.value)) found.set(n.value, el);
  }
  if (found.size !== 1) return null;
  const [value, el] = [...found][0] as [string, Element];
  return { value, el };
}

/** The parent of the facts' elements, when they share one that is not the page's body. */
function commonParent(facts: Element[]): Element | null {
  let scope = facts[0]?.parentElement ?? null;
  while (scope && !facts.every((f) => scope?.contains(f))) scope = scope.parentElement;
  return scope && !/^(?:BODY|HTML)$/.test(tagOf(scope)) ? scope : null;
}

/** A flat section: the nearest heading among the previous siblings (of it or of its wrappers in scope) is another person's. */
function othersHeadingAbove(el: Element, scope: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== scope; cur = cur.parentElement) {
    for (let prev = cur.previousElementSibling, n = 0; prev && n < 8; prev = prev.previousElementSibling, n++) {
      if (/^H\d$/.test(tagOf(prev))) return OTHERS_SECTION.test(shortText(prev, 60) ?? '');
    }
  }
  return false;
}
