import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// The house rules that keep the layers apart (see README "Folder map"):
// lib/ never imports app/; lib/analysis and lib/domain stay pure (no React, no neo4j-driver).
const appImports = {
  group: ['@/app/*', '**/app/*', '../app/*', '../../app/*'],
  message: 'lib/ must not import app/.',
};
const impure = [
  { name: 'react', message: 'lib/analysis and lib/domain are pure: no React.' },
  { name: 'react-dom', message: 'lib/analysis and lib/domain are pure: no React.' },
  { name: 'neo4j-driver', message: 'lib/analysis and lib/domain are pure: no neo4j-driver (use lib/db).' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      '.data/**',
      'neo4j/**',
      'next-env.d.ts',
      'public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-undef': 'off',
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [appImports] }] },
  },
  {
    files: ['lib/analysis/**/*.ts', 'lib/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: impure,
          patterns: [
            appImports,
            {
              group: ['neo4j-driver/*', 'react/*', '@/lib/db/*', '../db/*'],
              message: 'Pure module: no driver, no React.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
