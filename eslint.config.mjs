// Lint rules for the server, tests, bench and client library; formatting is prettier's job.
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/**', 'client/dist/**', 'client/src/gql/**', 'bench/.peers/**', 'node_modules/**', 'data/**'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    rules: {
      // GraphQL resolvers and test helpers handle loosely typed JSON; explicit any is allowed there.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // type-graphql's buildSchema takes resolver classes typed as Function.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
);
