// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../../demo/server.mjs';
import { makePatients } from '../../../demo/patients.mjs';
import { escapeHtml } from '../../../demo/render.mjs';

interface Server {
  url: string;
  port: number;
  close(): Promise<void>;
  probes: unknown[];
}
interface Patient {
  id: string;
  mrn: string;
  dob: string;
  admitDate?: string;
  dischargeDate?: string;
  dischargeActual?: boolean;
  status: string;
}

let server: Server;
beforeAll(async () => {
  server = (await startDemoServer({ port: 0 })) as Server;
});
afterAll(async () => {
  await server.close();
});

describe('demo server', () => {
  it('serves every page with a strict CSP and the probe script', async () => {
    for (const path of ['', 'classic/', 'classic/chart/1', 'classic/login', 'app/', 'app/patient/3', 'portal/', 'portal/member/2']) {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await res.text();
      expect(html, path).toContain('<script src="/probe.js"></script>');
      expect(html, path).toMatch(/<h1|id="app-root"/);
    }
    expect((await fetch(`${server.url}classic/chart/999`)).status).toBe(404);
  });
  it('collects probes', async () => {
    const res = await fetch(`${server.url}__probe`, { method: 'POST', body: JSON.stringify({ kind: 'ack', detail: { ok: true }, href: 'x' }) });
    expect(res.status).toBe(204);
    expect(server.probes).toContainEqual({ kind: 'ack', detail: { ok: true }, href: 'x' });
    expect((await fetch(`${server.url}__probe`, { method: 'POST', body: 'not json' })).status).toBe(400);
  });
  it('escapes patient data', () => {
    expect(escapeHtml(`<img src=x onerror="a">&'`)).toBe('&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;');
  });
});

describe('demo patients', () => {
  it('keeps dates relative to today', () => {
    const patients = makePatients(new Date(2025, 0, 31)) as Patient[];
    expect(patients.length).toBeGreaterThanOrEqual(12);
    expect(new Set(patients.map((p) => p.mrn)).size).toBe(patients.length);
    const jane = patients.find((p) => p.id === '1')!;
    expect(jane).toMatchObject({ admitDate: '2025-01-28', dischargeDate: '2025-02-01', dischargeActual: false, status: 'inpatient' });
    expect(patients.some((p) => p.status === 'discharged')).toBe(true);
    expect(patients.some((p) => p.status === 'outpatient')).toBe(true);
  });
});
