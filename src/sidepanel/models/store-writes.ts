/**
 * Every store write the panel's first-screen models make, in one module that models/writes.ts
 * loads on the first write: record building, sealing and the team outbox (with its schemas) stay
 * out of the first paint, which only reads (issue 11 "Weight").
 */
export { deleteRecord, updateRecord } from '../../store/base';
export { addCallback, completeCallback, reopenCallback } from '../../store/callbacks';
export { createClient, updateClient } from '../../store/clients';
export { deleteContact, logContact } from '../../store/contacts';
export { enrolClient } from '../../store/enrol';
export { addPainPoint, setPainPointStatus } from '../../store/pain-points';
