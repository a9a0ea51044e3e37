import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The launcher is ESM; load it the way Node does, past the CommonJS compile of this test.
const importEsm = new Function('url', 'return import(url)') as (url: string) => Promise<{ turnOffTelemetry(userDataDir: string): string }>;

describe('launcher: the code-server that `npm start` and the tests open sends no telemetry', () => {
  let turnOffTelemetry: (userDataDir: string) => string;
  let dir: string;
  const settingsFile = () => join(dir, 'User', 'settings.json');
  const settings = () => JSON.parse(readFileSync(settingsFile(), 'utf8')) as Record<string, unknown>;
  before(async () => ({ turnOffTelemetry } = await importEsm(pathToFileURL(join(__dirname, '..', '..', '..', 'test', 'launch', 'codeServer.mjs')).href)));
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlreps-telemetry-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the setting into a new user-data folder', () => {
    assert.equal(turnOffTelemetry(dir), 'written');
    assert.deepEqual(settings(), { 'telemetry.telemetryLevel': 'off' });
  });

  it("adds it to the user's settings and keeps theirs", () => {
    mkdirSync(join(dir, 'User'));
    writeFileSync(settingsFile(), JSON.stringify({ 'editor.fontSize': 15 }));
    assert.equal(turnOffTelemetry(dir), 'added');
    assert.deepEqual(settings(), { 'editor.fontSize': 15, 'telemetry.telemetryLevel': 'off' });
  });

  it('keeps a level the user chose', () => {
    mkdirSync(join(dir, 'User'));
    writeFileSync(settingsFile(), JSON.stringify({ 'telemetry.telemetryLevel': 'error' }));
    assert.equal(turnOffTelemetry(dir), 'kept as set');
    assert.equal(settings()['telemetry.telemetryLevel'], 'error');
  });

  it('leaves a settings file with comments untouched, and says so', () => {
    mkdirSync(join(dir, 'User'));
    const text = '{\n  // my font\n  "editor.fontSize": 15\n}\n';
    writeFileSync(settingsFile(), text);
    assert.match(turnOffTelemetry(dir), /^left alone .*telemetry\.telemetryLevel/);
    assert.equal(readFileSync(settingsFile(), 'utf8'), text);
    assert.ok(existsSync(settingsFile()));
  });
});
