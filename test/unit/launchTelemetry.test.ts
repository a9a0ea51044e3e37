import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The launcher is ESM; load it the way Node does, past the CommonJS compile of this test.
const importEsm = new Function('url', 'return import(url)') as (url: string) => Promise<{ keepOffline(userDataDir: string): string; OFFLINE_SETTINGS: Record<string, unknown> }>;

describe('launcher: the code-server that `npm start` and the tests open sends no telemetry and looks for nothing online', () => {
  let keepOffline: (userDataDir: string) => string;
  let OFFLINE_SETTINGS: Record<string, unknown>;
  let dir: string;
  const settingsFile = () => join(dir, 'User', 'settings.json');
  const settings = () => JSON.parse(readFileSync(settingsFile(), 'utf8')) as Record<string, unknown>;
  before(async () => ({ keepOffline, OFFLINE_SETTINGS } = await importEsm(pathToFileURL(join(__dirname, '..', '..', '..', 'test', 'launch', 'codeServer.mjs')).href)));
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlreps-telemetry-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the setting into a new user-data folder', () => {
    assert.equal(keepOffline(dir), 'written');
    assert.equal(settings()['telemetry.telemetryLevel'], 'off');
    assert.equal(settings()['extensions.autoCheckUpdates'], false);
    assert.deepEqual(settings(), OFFLINE_SETTINGS);
  });

  it("adds it to the user's settings and keeps theirs", () => {
    mkdirSync(join(dir, 'User'));
    writeFileSync(settingsFile(), JSON.stringify({ 'editor.fontSize': 15 }));
    assert.equal(keepOffline(dir), 'added');
    assert.deepEqual(settings(), { 'editor.fontSize': 15, ...OFFLINE_SETTINGS });
  });

  it('keeps a level the user chose', () => {
    mkdirSync(join(dir, 'User'));
    writeFileSync(settingsFile(), JSON.stringify({ 'telemetry.telemetryLevel': 'error' }));
    assert.equal(keepOffline(dir), 'added');
    assert.equal(settings()['telemetry.telemetryLevel'], 'error');
    assert.equal(keepOffline(dir), 'kept as set', 'a second start changes nothing');
  });

  it('leaves a settings file with comments untouched, and says so', () => {
    mkdirSync(join(dir, 'User'));
    const text = '{\n  // my font\n  "editor.fontSize": 15\n}\n';
    writeFileSync(settingsFile(), text);
    assert.match(keepOffline(dir), /^left alone .*telemetry\.telemetryLevel/);
    assert.equal(readFileSync(settingsFile(), 'utf8'), text);
    assert.ok(existsSync(settingsFile()));
  });
});
