/**
 * The walls between the parts of the project, checked by `npm run deps` (part of `npm test`). Paths are relative
 * to the project root. Type-only imports count (they are how a part leans on another), except where a rule says.
 */
const SCAFFOLD = '^bridge/scaffold/';
const PRODUCT = '^bridge/src/';
const CONTRACT = '^bridge/src/contract/';
const PANEL = '^admin-ui/src/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle makes both sides one module in disguise: neither can be read, tested or moved alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'panel-imports-only-the-contract',
      comment:
        'The panel shares one contract with the bridge (bridge/src/contract/), plus the type of the app for the typed client.',
      severity: 'error',
      from: { path: PANEL },
      to: { path: '^bridge/', pathNot: [CONTRACT, '^bridge/src/http/api-type\\.ts$'] },
    },
    {
      name: 'panel-runs-only-import-free-values',
      comment:
        'The panel ships no zod (bundle budget): at run time it imports only the contract values that import nothing, and of Hono only its typed client (a few KB), which calls the bridge.',
      severity: 'error',
      from: { path: PANEL },
      to: {
        path: ['^bridge/', '^node_modules/(zod|hono)/'],
        pathNot: ['^bridge/src/contract/values\\.ts$', '^node_modules/hono/dist/client/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'contract-imports-only-zod',
      comment: 'The contract is shared by the browser and the server, so it can lean on nothing of either.',
      severity: 'error',
      from: { path: CONTRACT },
      to: { pathNot: [CONTRACT, '^node_modules/zod/'] },
    },
    {
      name: 'contract-values-import-nothing',
      comment: 'The values are what the panel runs; an import here would pull a library into the bundle.',
      severity: 'error',
      from: { path: '^bridge/src/contract/values\\.ts$' },
      to: {},
    },
    {
      name: 'everything-resolves',
      comment: 'An import the checker cannot resolve is one no other rule can judge.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'product-never-imports-scaffolding',
      comment: 'The emulator, sample store and demo serve tests and the demo; the product runs without them.',
      severity: 'error',
      from: { path: PRODUCT },
      to: { path: SCAFFOLD },
    },
    {
      name: 'product-never-imports-tests',
      severity: 'error',
      from: { path: ['^bridge/', PANEL] },
      to: { path: '^test/' },
    },
    {
      name: 'domain-never-imports-http',
      comment:
        'Domain code raises DomainError and knows nothing of requests; only the server start wires HTTP.',
      severity: 'error',
      from: { path: PRODUCT, pathNot: ['^bridge/src/http/', '^bridge/src/server/'] },
      to: { path: '^bridge/src/http/' },
    },
    {
      name: 'routes-never-query',
      comment:
        'A route parses, calls one module function and shapes the answer; queries live with their owners.',
      severity: 'error',
      from: { path: '^bridge/src/http/routes/' },
      to: { path: '^node_modules/(drizzle-orm|mysql2)/' },
    },
    {
      name: 'settings-only-through-the-service',
      comment:
        'The settings service is the one way to read settings or build an Ozon client (it feeds the log redactor).',
      severity: 'error',
      from: { path: PRODUCT, pathNot: '^bridge/src/settings/' },
      to: { path: '^bridge/src/settings/(store|ozon-client)\\.ts$' },
    },
    {
      name: 'spine-stands-alone',
      comment:
        'The unit-state spine, pricing, units and shared serve every pipeline, so they lean on none of them.',
      severity: 'error',
      from: { path: '^bridge/src/(unit-state|pricing|units|shared)/' },
      to: { path: '^bridge/src/', pathNot: ['^bridge/src/$1/', '^bridge/src/(db|contract|shared)/'] },
    },
    {
      name: 'wings-stay-apart',
      comment:
        'Offers and orders share the unit-state spine, pricing and units, never each other or the card export.',
      severity: 'error',
      from: { path: '^bridge/src/(offers|orders)/' },
      to: { path: '^bridge/src/(catalog/export|offers|orders)/', pathNot: '^bridge/src/$1/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^bridge/dist/', '^test/browser/artifacts/', '^opencart-extension/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
      // Packages such as hono/client exist only through their `exports` map.
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      mainFields: ['module', 'main'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
