// @ts-check
// ESLint finds likely bugs; Prettier does the layout (`npm run lint` runs both, `npm run format`
// rewrites the layout). Rules that only concern style are left to Prettier (eslint-config-prettier
// switches off any that a shared config below turns on).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	globalIgnores([
		'dist/',
		'.astro/',
		'coverage/',
		'test-results/',
		'playwright-report/',
		'bench-results/',
		'.fixture-sites/',
		'tests/fixtures/',
	]),

	js.configs.recommended,
	// Without type information: `recommendedTypeChecked` took four times as long (40 s of CPU against
	// 11 s) and `npx tsc --noEmit` already checks the types.
	tseslint.configs.recommended,
	astro.configs.recommended,

	// Where code runs: the build, the tests and the deploy scripts on Node; the templates' scripts and
	// the shared libraries in the browser (`src/lib` also runs at build time and in the unit tests).
	{ languageOptions: { globals: globals.node } },
	{
		files: ['src/components/**', 'src/lib/**'],
		languageOptions: { globals: globals.browser },
	},
	// Playwright runs the callbacks of `page.evaluate` and `addInitScript` in the page.
	{
		files: ['tests/e2e/**', 'tests/bench/**'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
	},

	prettier,

	{
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			// Unused names are dead code, except a deliberately unused argument or rest sibling.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{
					ignoreRestSiblings: true,
					argsIgnorePattern: '^_',
					varsIgnorePattern: '^_',
					destructuredArrayIgnorePattern: '^_',
					caughtErrors: 'none',
				},
			],
			// A storage or clipboard call that fails is often meant to be ignored (private mode, a
			// refused permission); an empty catch says so.
			'no-empty': ['error', { allowEmptyCatch: true }],
			// Bugs that the recommended sets leave out.
			eqeqeq: ['error', 'always', { null: 'ignore' }],
			'no-self-compare': 'error',
			'no-template-curly-in-string': 'error',
			'no-unmodified-loop-condition': 'error',
			'no-unreachable-loop': 'error',
			'no-constructor-return': 'error',
			'array-callback-return': ['error', { checkForEach: false }],
		},
	},
);
