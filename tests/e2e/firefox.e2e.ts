import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'vite';
import { startDemoServer, type DemoServer } from './demo';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEB_EXT = 'node_modules/.bin/web-ext';

describe('Firefox', () => {
  test('the store build passes web-ext lint with no errors', () => {
    const result = spawnSync(WEB_EXT, ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(result.stdout) as { errors: unknown[]; summary: { errors: number } };
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  test('the Firefox manifest has a sidebar and background scripts, and no Chrome-only keys', () => {
    const manifest = JSON.parse(readFileSync('dist/firefox/manifest.json', 'utf8'));
    expect(manifest.sidebar_action.default_panel).toBe('src/sidepanel/index.html');
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.background.scripts).toHaveLength(1);
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
  });

  describe('headless run with firefox-esr', () => {
    let demo: DemoServer;
    let firefox: ChildProcess | undefined;
    let output = '';

    beforeAll(async () => {
      // The probe build is the Firefox build with the demo origins, whose reader also tells the page
      // that the background answered: the only way a test can see inside Firefox without a driver.
      await build({ mode: 'firefox-demo', logLevel: 'warn', configFile: 'vite.config.ts' });
      demo = await startDemoServer();
    }, 120_000);
    afterAll(async () => {
      if (firefox?.pid) process.kill(-firefox.pid, 'SIGTERM');
      await demo?.close();
    });

    test('the content script reaches the background and gets its answer', async () => {
      const chart = demo.page(`/classic/chart/1`);
      firefox = spawn(
        WEB_EXT,
        [
          'run',
          '--target=firefox-desktop',
          `--firefox=${FIREFOX}`,
          '--source-dir=dist/firefox-demo',
          '--arg=--headless',
          `--start-url=${chart}`,
          '--no-reload',
          '--no-input',
          '--no-config-discovery',
          '--pref=datareporting.policy.dataSubmissionEnabled=false',
          '--pref=browser.shell.checkDefaultBrowser=false',
        ],
        { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      firefox.stdout?.on('data', (chunk) => (output += chunk));
      firefox.stderr?.on('data', (chunk) => (output += chunk));
      const probes = demo.probes as { kind: string; detail: string; href: string }[];
      const deadline = Date.now() + 60_000;
      while (!probes.some((probe) => probe.kind === 'ack') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const ack = probes.find((probe) => probe.kind === 'ack');
      expect(ack, `no acknowledgement reached the page; web-ext said:\n${output.slice(-3000)}`).toBeDefined();
      expect(JSON.parse(ack!.detail)).toEqual({ ok: true });
      expect(ack!.href).toBe(chart);
    }, 90_000);
  });
});
