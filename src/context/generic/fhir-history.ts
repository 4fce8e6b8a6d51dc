import { isObj, list, str } from './json-values';
import type { Json } from './structured';

/**
 * A resource's history (`_history`, a Bundle of type "history") lists one record's versions, newest
 * first: an older version's name (before a marriage) or phone is not a second person, it is what the
 * record said then. When every entry is a version of one resource, only the newest is read; a history
 * of several resources (a type's or the server's) is left whole.
 */
export function newestVersion(json: Json): Json {
  if (!isObj(json) || json.resourceType !== 'Bundle' || str(json.type) !== 'history') return json;
  const entries = list(json.entry).filter(isObj);
  const keys = new Set(entries.map((e) => (isObj(e.resource) ? `${str(e.resource.resourceType)}/${str(e.resource.id)}` : '')));
  const only = keys.size === 1 ? [...keys][0] : undefined;
  if (!only || only.endsWith('/undefined') || entries.length < 2) return json;
  const version = (e: Json) => (isObj(e) && isObj(e.resource) && isObj(e.resource.meta) ? Number(str(e.resource.meta.versionId)) : NaN);
  const numbered = entries.every((e) => Number.isFinite(version(e)));
  const newest = numbered ? entries.reduce((a, b) => (version(b) > version(a) ? b : a)) : entries[0];
  return { ...json, entry: newest ? [newest] : [] };
}
