import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'fixtures/', 'test-results/', 'scripts/tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page and API text as text.' },
        { property: 'outerHTML', message: 'Render page and API text as text.' },
      ],
    },
  },
  {
    files: ['e2e/**', 'scripts/**', 'tools/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Extension code runs in the browser: no Node built-ins, no Node-only tools or test fakes.
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'zlib', 'child_process', 'url', 'util'],
              message: 'Extension code runs in the browser: no Node built-ins.',
            },
            {
              group: [
                '**/tools/**',
                'jsdom',
                'fake-indexeddb',
                'fake-indexeddb/*',
                'playwright-core',
                'puppeteer-core',
                'esbuild',
                'vitest',
                'html-encoding-sniffer',
              ],
              message:
                'Node-only tools and test fakes live in tools/; extension code may not import them.',
            },
          ],
        },
      ],
    },
  },
);
