// The demo server is plain ESM JavaScript (it also runs under `npm start`).
import { startDemoServer } from '../../demo/server.mjs';
import { makePatients } from '../../demo/patients.mjs';

export { startDemoServer, makePatients };
export type DemoServer = Awaited<ReturnType<typeof startDemoServer>>;
