import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
	root,
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				extends: true,
				// Each build test runs a real `astro build` on a copy of the site; they take seconds each.
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 180_000,
					fileParallelism: false,
				},
			},
			{
				extends: true,
				// Size budgets on the built `dist/` (run after the site build); builds a bare Starlight site to compare with.
				test: { name: 'budgets', include: ['tests/budgets/**/*.test.ts'], hookTimeout: 300_000 },
			},
		],
	},
});
