import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// The house rules that keep the layers apart (see README "Folder map"):
// lib/ never imports app/; app/ reaches the database only through lib/dal (never lib/db);
// lib/analysis, lib/domain, lib/explorer, lib/report and lib/io stay pure (no React, no
// neo4j-driver). That lib/db and lib/dal stay out of client components is checked by
// test/unit/layers/server-only.test.ts (eslint cannot see 'use client').
const appImports = {
  group: ['@/app/*', '**/app/*', '../app/*', '../../app/*'],
  message: 'lib/ must not import app/.',
};
const PURE = [
  'lib/analysis/**/*.ts',
  'lib/domain/**/*.ts',
  'lib/explorer/**/*.ts',
  'lib/report/**/*.ts',
  'lib/io/**/*.ts',
];
const impure = [
  { name: 'react', message: 'Pure module (lib/analysis, domain, explorer, report, io): no React.' },
  { name: 'react-dom', message: 'Pure module (lib/analysis, domain, explorer, report, io): no React.' },
  { name: 'neo4j-driver', message: 'Pure module: no neo4j-driver (the database is reached through lib/db).' },
];
const dbFromApp = {
  group: ['@/lib/db', '@/lib/db/*', '**/lib/db', '**/lib/db/*'],
  message: 'app/ reaches the database through lib/dal (which checks the role), never lib/db.',
  allowTypeImports: true,
};

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
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [dbFromApp] }],
    },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: impure,
          patterns: [
            appImports,
            {
              group: ['neo4j-driver/*', 'react/*', '@/lib/db/*', '../db/*', '../dal/*', '@/lib/dal/*'],
              message: 'Pure module: no driver, no React.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
