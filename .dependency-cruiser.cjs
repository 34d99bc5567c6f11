// The dependency rules of the server (docs/ARCHITECTURE.md, "Boundaries"), checked by
// `npm run lint:deps` (part of `npm run lint`, so of .ci/run). A rule broken here is a
// layer reaching where it must not; fix the import, do not widen the rule.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'data-layer-imports-no-module',
      comment: 'server/db is below every module: it never imports one (table types live in server/db/tables/).',
      severity: 'error',
      from: { path: '^server/db/' },
      to: { path: '^server/modules/' },
    },
    {
      name: 'platform-imports-no-module',
      comment: 'server/platform serves every module and knows none of them.',
      severity: 'error',
      from: { path: '^server/platform/' },
      to: { path: '^server/modules/' },
    },
    {
      name: 'module-through-index',
      comment:
        "A module uses another module only through that module's index.ts: its published services and read models.",
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/' },
      to: { path: '^server/modules/[^/]+/', pathNot: ['^server/modules/$1/', '^server/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'outside-through-index',
      comment: 'The app, the CLI, the seed and the test harness use a module only through its index.ts.',
      severity: 'error',
      from: { path: '^server/', pathNot: ['^server/modules/', '^server/db/', '^server/platform/'] },
      to: { path: '^server/modules/[^/]+/', pathNot: '^server/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'migrations-import-no-living-code',
      comment:
        'A migration carries the SQL and helpers it needs as of its date (server/db/migrations/ only, besides kysely and npm packages): living code may change after it.',
      severity: 'error',
      from: { path: '^server/db/migrations/', pathNot: '\\.test\\.ts$' },
      to: { path: '^server/', pathNot: '^server/db/migrations/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
