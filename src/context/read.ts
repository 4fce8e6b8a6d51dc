import type { ClientContext, ExtractOptions } from './types';
import { CONTEXT_FIELDS } from './types';
import type { AdapterReader } from './adapters/types';
import { VisibilityChecker } from './dom';
import { Slicer } from './slicer';
import { localToday, type YMD } from './parse/dates';
import { readTaught } from './taught';
import { extractGeneric } from './generic/index';
import { showsOtherResource } from './generic/fhir-other-resource';
import { labelsOtherResource } from './generic/other-resource-labels';
import { completeAdapterReading } from './generic/adapter-completion';
import { namesStaffRecord } from './generic/staff-page';
import { isChooserPage } from './generic/chooser-page';
import { pageDateOrder } from './generic/banner-date-order';
import { agreedDates, langDateOrder } from './generic/lang-date-order';
import { toContext, type ReadEnv } from './reading';

/** Below this, a reading is a guess: the contract says return null rather than guess a patient. */
export const MIN_CONFIDENCE = 0.5;
const ADAPTER_CONFIDENCE = 0.95;
const PROFILE_CONFIDENCE = 0.9;

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/**
 * Reads the one client a page shows, or null (lists, login pages, anything unsure), with the
 * adapter whose site this page is, if any (matched by the caller: the content script learns it
 * from the background and the page's marker, so it carries no URL patterns). Pure DOM,
 * time-sliced, and no exception ever escapes. Order: the user's taught profile for this origin, then a matching site
 * adapter, then the generic reader.
 */
export async function readClientContext(
  doc: Document,
  url: string,
  adapter: AdapterReader | null,
  options: ExtractOptions = {},
): Promise<ClientContext | null> {
  const slicer = new Slicer(options);
  try {
    return await read(doc, url, adapter, options, slicer);
  } catch {
    // The wall-clock cap, a hostile DOM throwing from a getter, anything: no reading beats a wrong one.
    options.onGaveUp?.();
    return null;
  } finally {
    slicer.finish();
  }
}

async function read(
  doc: Document,
  url: string,
  adapter: AdapterReader | null,
  options: ExtractOptions,
  slicer: Slicer,
): Promise<ClientContext | null> {
  const vis = new VisibilityChecker(doc);
  const today = parseToday(options.today) ?? localToday();
  const profile = options.profile && sameOrigin(options.profile.origin, url) ? options.profile : undefined;
  // What the user taught about this site's dates outranks what an adapter assumes.
  const dateOrder = options.dateOrder ?? profile?.dateOrder;

  if (profile) {
    const env: ReadEnv = { slicer, vis, url, today, dateOrder };
    const reading = await readTaught(profile, doc, env);
    if (reading) return toContext(reading, 'profile', PROFILE_CONFIDENCE - (reading.ambiguousDates ? 0.1 : 0));
  }

  if (adapter) {
    const env: ReadEnv = { slicer, vis, url, today, dateOrder: dateOrder ?? adapter.dateOrder };
    const outcome = await adapter.read(doc, env);
    if (outcome.kind === 'no-client') return null;
    if (outcome.kind === 'reading') {
      let reading = outcome.reading;
      const { block } = outcome;
      // What the adapter left unread is looked for on the page (adapter-completion.ts).
      if (!(reading.fields.mrn && reading.fields.dob) || (block && !CONTEXT_FIELDS.every((f) => reading.fields[f]))) {
        reading = await completeAdapterReading(reading, block, doc, env);
      }
      return toContext(reading, adapter.id, ADAPTER_CONFIDENCE - (reading.ambiguousDates ? 0.1 : 0));
    }
    // The adapter's markers are there but its fields are not (a product update?): try the generic reader.
  }

  // A practitioner's or relative's resource page, or a colleague's record, prints its person as a client's.
  const other = showsOtherResource(url, doc);
  if ((other ?? labelsOtherResource(doc)) || namesStaffRecord(url) || isChooserPage(url, doc)) return null;
  await slicer.checkpoint();
  const env: ReadEnv = { slicer, vis, url, today, dateOrder };
  let generic = await extractGeneric(doc, env);
  // Day-first dates read month-first give a wrong birth date: read again where the page's own dates prove the order.
  const order = generic?.reading.ambiguousDates && !dateOrder ? pageDateOrder(doc) ?? langDateOrder(doc) : undefined;
  if (order === 'DMY') generic = await extractGeneric(doc, { ...env, dateOrder: order });
  else if (generic && order === 'either') generic = { ...generic, reading: agreedDates(generic.reading, (await extractGeneric(doc, { ...env, dateOrder: 'DMY' }))?.reading) };
  if (!generic || generic.confidence < MIN_CONFIDENCE) return null;
  return toContext(generic.reading, 'generic', generic.confidence);
}

function parseToday(iso: string | undefined): YMD | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}
