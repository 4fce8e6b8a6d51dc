import { shortText } from '../parse/text';
import { emptyReading, put, type ReadEnv } from '../reading';
import { looksLikeShownName } from './name-shape';
import { tagOf } from '../tag';

const INITIALS = /^\p{Lu}{2,3}$/u;

/**
 * A patient card that opens with an avatar of initials, then the name in an element no markup calls a
 * name ("<div class=avatar>AB</div><div class=nm>Adaeze Bankole</div>", monitoring and care-team apps):
 * the text right after the initials (the first line of the block after them) is the name when its words' first letters are those initials. Only
 * at the start of the region the facts are read from, or of the block two levels up at most, and only an
 * avatar whose own block holds those facts (a user's badge in a top bar beside them never counts).
 */
export function avatarName(region: Element, env: ReadEnv): { value: string; how: string; id?: string } | null {
  // The region, or the block two levels up at most that opens with the avatar (the identity line sits under the name).
  for (let scope: Element | null = region, up = 0; scope && up < 3 && !/^(?:BODY|HTML)$/.test(tagOf(scope)); scope = scope.parentElement, up++) {
    const all = scope.getElementsByTagName('*');
    for (let i = 0; i < all.length && i < 12; i++) {
      const el = all[i] as Element;
      const initials = el.childElementCount === 0 ? shortText(el, 4) : null;
      // The avatar opens the block the facts are in: one beside another block (the user's badge in a top bar) names someone else.
      // Or an avatar inside the region whose next block holds the name and, under it, the identity's figures (a banner
      // landmark that opens with the avatar): a user's badge's block holds a name alone.
      // The initials may sit in a span of their own inside the avatar's circle ("<div class=avatar><span>IS</span></div>").
      const box = el.parentElement && el.parentElement.childElementCount === 1 && !el.nextElementSibling ? el.parentElement : el;
      const opens = () => box.parentElement?.contains(region) || (region.contains(el) && /\d/.test(shortText(box.nextElementSibling ?? el, 200) ?? '')) || cardHead(box, region);
      let next = initials && INITIALS.test(initials) && opens() ? box.nextElementSibling : null;
      // The name may open a block of its own lines ("<div class=who><div>Name</div><div>MRN …</div></div>").
      // Not into the name's own parts: "<div>Eamon Hargreaves <span>(Ned)</span></div>" is the name whole.
      for (let k = 0; next?.firstElementChild && !ownText(next) && k < 3; k++) next = next.firstElementChild;
      const whole = next && env.vis.isVisible(next) ? shortText(next, 60) : null;
      // Without the name used, bracketed in an element of its own after the name.
      const used = next?.lastElementChild ? shortText(next.lastElementChild, 40) : null;
      const text = whole && used && /^\([^()]{1,30}\)$/.test(used) && whole.endsWith(used) ? whole.slice(0, -used.length).trim() : whole;
      if (!text || !looksLikeShownName(text)) continue;
      const words = text.split(/[\s-]+/).filter(Boolean);
      // All the words' initials, the first and last's, or the first two's (a given and a middle name).
      if (![words.map((w) => w[0]).join(''), `${words[0]?.[0]}${words[words.length - 1]?.[0]}`, `${words[0]?.[0]}${words[1]?.[0]}`].includes(initials as string)) continue;
      const r = emptyReading();
      return put(r, 'name', text, '', env) && (r.fields.name as string).includes(' ') ? { value: r.fields.name as string, how: 'after the avatar of its initials' } : null;
    }
  }
  return null;
}

/**
 * Or the avatar opens the row that heads the facts' card: avatar, name and badges in one row, the facts' row
 * after it, the two alone in one card ("<div class=card><div class=row>[IS] Ingeborg Salvesen</div><div class=facts>…").
 * Never a page header's row, nor a top bar over the facts and the rest of the page (the user's badge).
 */
function cardHead(box: Element, region: Element): boolean {
  const row = box.parentElement;
  const card = region.parentElement;
  return !!row && !!card && row.parentElement === card && card.childElementCount === 2 && row.nextElementSibling === region && !/^(?:HEADER|NAV)$/.test(tagOf(row)) && !row.closest('[role=banner], [role=navigation], header, nav');
}

function ownText(el: Element): boolean {
  return Array.from(el.childNodes).some((n) => n.nodeType === 3 && !!n.nodeValue?.trim());
}
