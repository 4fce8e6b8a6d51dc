import type { Candidate, Encounter, Obj } from './structured';
import { listedPhone } from './app-phone-list';
import { partedName, WHOLE_NAME_KEYS } from './app-whole-name';

/**
 * The records GraphQL, Apollo, Redux and server loaders keep beside FHIR's shapes: a patient with
 * `firstName`/`middleName`/`lastName` (or a `name: { first, last }`), `dateOfBirth`, `mrn` or a chart or member
 * number, `phoneNumber`, in camelCase, snake_case or dasherized, and stays with `admitDate`/`dischargeDate` and a status. Only an
 * object typed a Patient or kept under a `patient` key is one (the walk decides): a store also holds
 * the signed-in user, providers and authors in the same shape. Always app state: counted only for a
 * person the page visibly shows.
 */

/** A key as apps spell it in camelCase, snake_case or JSON:API's dasherized form: `first_name` is `firstName`. */
const keyForm = (key: string) => key.replace(/[-_]/g, '').toLowerCase();

const wantedForms = new Map<string, string[]>();

/** The first of these keys (any spelling) holding a short string or a number (record numbers are often numbers). */
function pick(o: Obj, keys: string): string | undefined {
  let wanted = wantedForms.get(keys);
  if (!wanted) wantedForms.set(keys, (wanted = keys.split(' ').map(keyForm)));
  let best: string | undefined;
  let rank = wanted.length;
  for (const [k, v] of Object.entries(o).slice(0, 100)) {
    const r = wanted.indexOf(keyForm(k));
    if (r >= 0 && r < rank && (typeof v === 'number' || (typeof v === 'string' && v && v.length <= 200))) {
      best = `${v}`;
      rank = r;
    }
  }
  return best;
}

/** A name kept as its own object (`name: { first, last }`) rather than beside the other fields. */
const nameObject = (o: Obj): Obj | undefined => {
  const n = o.name;
  return typeof n === 'object' && n !== null && !Array.isArray(n) ? n : undefined;
};

const GIVEN = 'firstName givenName given first legalFirstName';
const FAMILY = 'lastName familyName family last surname legalLastName';
// A legal aid's case app keeps the referring clinic's record as `clinicMrn` (partner-record-labels.ts).
// Then a client object's `clientId` (case management apps, Ryan White and HMIS ones among them, key the client's number
// so; the object is a client's, never the app's OAuth client), or an aging services consumer's `consumerId`. Last, a patient object's `recordId` (a genetics or letters
// app keys the client's record so): the record number only where the object names none of the others.
const RECORD_NUMBER = 'mrn clinicMrn medicalRecordNumber chartNumber chartNo patientNumber recordNumber residentNumber memberNumber clientNumber clientId consumerId recordId';

/**
 * A store that copied FHIR's HumanName into one object keeps `given` as an array (`name: { given: ["Ana", "M"],
 * family: "Ruiz" }`), and may keep the phones by use (`phone: { mobile: "…", home: "…" }`): read them as strings.
 */
function flattened(o: Obj, key: string, uses: string): Obj {
  const v = o[key];
  if (Array.isArray(v) && v.length > 0 && v.length <= 4 && v.every((x) => typeof x === 'string')) return { ...o, [key]: v.join(' ') };
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const inner = pick(v as Obj, uses);
    if (inner) return { ...o, [key]: inner };
  }
  return o;
}

export function fromAppPatient(p: Obj, how: string): Candidate | undefined {
  const held = flattened(nameObject(p) ?? p, 'given', '');
  // Or the name kept only whole (app-whole-name.ts).
  const whole = pick(held, GIVEN) && pick(held, FAMILY) ? undefined : partedName(pick(p, WHOLE_NAME_KEYS) ?? '');
  const given = whole?.given ?? pick(held, GIVEN);
  const family = whole?.family ?? pick(held, FAMILY);
  if (!given || !family) return undefined;
  return {
    how,
    state: true,
    id: pick(p, 'id'),
    fields: {
      name: [given, whole ? whole.middle : pick(held, 'middleName middle'), family].filter(Boolean).join(' '),
      mrn: pick(p, RECORD_NUMBER),
      dob: pick(p, 'dateOfBirth birthDate dob birthdate'),
      sex: pick(p, 'gender sex sexAtBirth administrativeGender'),
      // Or the best of a list of typed numbers (app-phone-list.ts).
      phone: pick(flattened(p, 'phone', 'mobile cell home primary preferred'), 'phone phoneNumber mobilePhone homePhone cellPhone mobile') ?? listedPhone(p),
    },
  };
}

/** A stay in a store's shape (an admission, an encounter, or the patient's own admit date). */
export function appStay(o: Obj): Encounter | undefined {
  // Stores named by event keep the moment as `admittedAt` and the plan as `expectedDischarge`, the bed as `location`.
  const start = pick(o, 'admitDate admissionDate admittedAt');
  if (!start) return undefined;
  // A patient record carrying its own admit date is that patient's stay, whichever record is opened.
  const subject = pick(o, 'patientId') ?? (fromAppPatient(o, '') ? pick(o, 'id') : undefined);
  const location = pick(o, 'location');
  return { start, end: pick(o, 'dischargeDate expectedDischargeDate expectedDischarge'), status: pick(o, 'status stayStatus encounterStatus'), subject, ...(location ? { location } : {}) };
}
