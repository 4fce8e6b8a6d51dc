import { shortText } from '../parse/text';
import type { ReadEnv } from '../reading';
import { nameFrom } from './name-near';
import { looksLikeShownName } from './name-shape';

type Found = ReturnType<typeof nameFrom>;
/** Levels climbed from the facts read: a panel holds them a few elements deep. */
const MAX_LEVELS = 5;
/** A link in a list's entry or a navigation is one person among others (a recent list, a menu), never the record's title. */
const LISTED = 'li, nav, table, [role=listitem], [role=option], [role=row], [role=navigation]';

/** An address naming one record of a people collection: "/patients/8841", "/admin/clients/ab12-3", "/chart/77120". */
const PERSON_RECORD = /\/(?:patients?|clients?|members?|residents?|individuals?|persons?|people|charts?)\/[\w-]*\d[\w-]*\/?(?:[?#]|$)/i;

/**
 * Schedulers, inboxes and visit rooms print the client's name as a link to their record ("Open profile") inside the
 * opened appointment's or request's panel, unstyled as a name, with the labelled facts (born, cell) around it. The
 * one visible link in the record's region whose address is one person's record and whose text reads as a name is
 * that record's name; two such links are a list of people, not one client's panel.
 */
export function recordLinkName(region: Element, env: ReadEnv): Found {
  // From the facts read outwards to the panel holding them, never as far as the page's body.
  for (let box: Element | null = region, k = 0; box && k < MAX_LEVELS && box.localName !== 'body'; box = box.parentElement, k++) {
    const links = Array.from(box.querySelectorAll('a[href]'))
      .slice(0, 40)
      .filter((a) => PERSON_RECORD.test(a.getAttribute('href') ?? '') && !a.closest(LISTED) && env.vis.isVisible(a));
    if (links.length > 1) return null;
    const [link] = links;
    // The name heads its record: a link after the facts read belongs to what follows them.
    if (link) return looksLikeShownName(shortText(link, 80) ?? '') && (region.contains(link) || !!(link.compareDocumentPosition(region) & 4)) ? nameFrom(link, env, false) : null;
  }
  return null;
}
