import type { shortText } from '../parse/text';
import type { emptyReading, put, ReadEnv } from '../reading';
import type { looksLikeShownName } from './labelled';

interface Lent {
  shortText: typeof shortText;
  looksLikeShownName: typeof looksLikeShownName;
  emptyReading: typeof emptyReading;
  put: typeof put;
}

const INITIALS = /^\p{Lu}{2,3}$/u;

/**
 * A patient card that opens with an avatar of initials, then the name in an element no markup calls a
 * name ("<div class=avatar>AB</div><div class=nm>Adaeze Bankole</div>", monitoring and care-team apps):
 * the text right after the initials is the name when its words' first letters are those initials. Only
 * inside the region the facts are read from, whose first texts these are (a user's badge sits in the
 * app's header, outside it).
 */
export function avatarName(region: Element, env: ReadEnv, lent: Lent): { value: string; how: string; id?: string } | null {
  const all = region.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < 12; i++) {
    const el = all[i] as Element;
    const initials = el.childElementCount === 0 ? lent.shortText(el, 4) : null;
    const next = initials && INITIALS.test(initials) ? el.nextElementSibling : null;
    const text = next && env.vis.isVisible(next) ? lent.shortText(next, 60) : null;
    if (!text || !lent.looksLikeShownName(text)) continue;
    const words = text.split(/[\s-]+/).filter(Boolean);
    if (words.map((w) => w[0]).join('') !== initials && `${words[0]?.[0]}${words[words.length - 1]?.[0]}` !== initials) continue;
    const r = lent.emptyReading();
    return lent.put(r, 'name', text, '', env) && (r.fields.name as string).includes(' ') ? { value: r.fields.name as string, how: 'after the avatar of its initials' } : null;
  }
  return null;
}
