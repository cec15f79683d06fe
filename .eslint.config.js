// ESLint flat config. Lit template bindings are type-checked separately by lit-analyzer (`npm run lint`).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', 'models/*.json', 'test-results/', 'playwright-report/', 'tests/.artifacts/', 'src/locales/generated/'],
  },
  {
    name: 'formhold/all',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // TypeScript: type-aware, through the same tsconfig.json that `npm run typecheck` uses.
  // recommendedTypeChecked rather than strictTypeChecked: strict's extra findings here were style
  // (`x!` after a checked index, numbers in template literals, `() => void call()`), not bugs.
  {
    name: 'formhold/ts',
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // Same convention as tsc's noUnusedParameters: a leading underscore marks "unused on purpose".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // A state union's switch must name every member (or have a default), so adding a state is caught where it is handled.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // Off: it rejects negating branded units (`-angle` where angle: Degrees = number & brand), which this codebase uses by design.
      '@typescript-eslint/no-unsafe-unary-minus': 'off',
    },
  },

  // Lit components: the template rules of eslint-plugin-lit.
  {
    name: 'formhold/lit',
    files: ['src/ui/**/*.ts'],
    extends: [lit.configs['flat/recommended']],
    rules: {
      // Off: Lit calls `@event=${this.method}` listeners with `this` set to the host element, so passing a method is correct here.
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // Plain JavaScript: the Node scripts (analyze CLI, bench, accuracy, clip list, model fetch) and this file.
  {
    name: 'formhold/node-js',
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'formhold/browser-driving-scripts',
    // Functions these scripts pass to page.evaluate / addInitScript / waitForFunction run in the page.
    files: ['src/cli/analyze-runner.mjs', 'tests/bench/bench.mjs', 'tests/accuracy/figures/render.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
