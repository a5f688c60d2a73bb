import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'coverage', 'scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The model is pure: no React, no DOM helpers, no worker plumbing — at any depth of import.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/core is pure.',
            },
            { group: ['d3', 'd3-*'], message: 'src/core is pure: drawing belongs to src/charts.' },
            { group: ['zustand', 'zustand/*', 'comlink'], message: 'src/core is pure.' },
            {
              group: [
                '**/state',
                '**/state/**',
                '**/charts/**',
                '**/components/**',
                '**/client/**',
              ],
              message: 'src/core must not depend on the page.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components draw with d3 scales and shapes; React owns the DOM, so no d3-selection, and
    // each d3 module is imported by name (the umbrella would let `select` through).
    files: ['src/charts/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/export/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3', message: 'Import the d3 module you use (d3-scale, d3-shape, …).' },
            { name: 'd3-selection', message: 'React owns the DOM.' },
          ],
          patterns: [{ group: ['d3-selection/*'], message: 'React owns the DOM.' }],
        },
      ],
    },
  },
);
