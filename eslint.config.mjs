// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', '.vscode-test/**', 'problems/**', 'python/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The core must stay free of the VS Code API so it can be unit-tested in plain Node, and it owns the contracts:
    // it never imports the VS Code layer (features, services) or the webviews, which import it instead.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core must not depend on vscode; put VS Code code under src/features.' }],
          patterns: [
            { group: ['**/webview/**', '**/webview'], message: 'src/core owns the contracts: webview protocols import core types, never the reverse.' },
            { group: ['**/features/**', '**/features', '**/services/**', '**/services'], message: 'src/core must not depend on the VS Code layer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', MutationObserver: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', window: 'readonly', document: 'readonly', performance: 'readonly' },
    },
  },
);
