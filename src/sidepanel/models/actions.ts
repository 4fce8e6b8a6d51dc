/**
 * What the first screen's actions need and its first paint does not, in one module that
 * load-actions.ts fetches once the panel has started: the store's writes (record building,
 * sealing, the team outbox and its schemas), the business-hours count that dates a callback, and
 * the client search (issue 11 "Weight": the first screen only reads).
 */
export { deleteRecord, updateRecord } from '../../store/base';
export { addCallback, completeCallback, reopenCallback } from '../../store/callbacks';
export { createClient, updateClient } from '../../store/clients';
export { deleteContact, logContact } from '../../store/contacts';
export { enrolClient } from '../../store/enrol';
export { addPainPoint, setPainPointStatus } from '../../store/pain-points';
export { addBusinessHours } from '../../domain/time/business-time';
export { findClients } from '../../store/client-search';
