// One lint configuration for the core, the transports, the renderer and the tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // The compiler already reports unused locals (noUnusedLocals); arguments named _x are deliberate.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-constant-condition': ['error', { checkLoops: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
      'prefer-const': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,svelte}', '**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
    // `let { a } = $props()` must stay `let`: Svelte's own rule knows runes.
    rules: {
      'prefer-const': 'off',
      'svelte/prefer-const': 'error',
      // Sets and Maps in the sessions are working collections, not state: state is replaced, never mutated in place.
      'svelte/prefer-svelte-reactivity': 'off',
      // {' '} and {'${'} keep a space or a brace the template would otherwise drop or parse.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    // Every error the core and the CLI's commands raise carries a code the screens and the terminal translate
    // (src/common/messages/errors): an English-only error would reach a Kazakh or Russian reader as it is. The
    // benchmarks' library (src/bench) may still raise plain ones.
    files: ['src/**/*.ts'],
    ignores: ['src/bench/**', 'src/common/errors.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.name=/^(badInput|notFound|conflict)$/]',
          message: 'Raise a coded error: codedError(kind, code, params) with the sentence in kk, ru and en in src/common/messages/errors/.',
        },
        {
          selector: "NewExpression[callee.name='KelisimError']",
          message: 'Raise a coded error: codedError(kind, code, params) with the sentence in kk, ru and en in src/common/messages/errors/.',
        },
      ],
    },
  },
  {
    // Tests read JSON references of many shapes; typing each would add nothing a failing assertion does not show.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
