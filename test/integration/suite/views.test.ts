import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as vscode from 'vscode';
import type { MlRepsApi } from '../../../src/api';
import { activateExtension } from './activation.test';

describe('ML Reps views', () => {
  it('loads the shipped problem bank with no errors', async () => {
    const ext = await activateExtension();
    const api = ext.exports as MlRepsApi;
    const bank = api.problemBank();
    assert.deepEqual(bank.errors, []);
    const folders = readdirSync(vscode.Uri.joinPath(ext.extensionUri, 'problems').fsPath, { withFileTypes: true }).filter(
      (d) => d.isDirectory() && !d.name.startsWith('_'),
    );
    assert.equal(bank.problems.length, folders.length);
    assert.ok(bank.problems.length > 0);
  });

  // Opening the views themselves is checked through the real workbench in the e2e UI flows.
});
