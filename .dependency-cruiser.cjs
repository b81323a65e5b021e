/**
 * The directions of ../shared/DESIGN.md, checked by `npm run lint:deps` (part of `npm test`):
 * the web knows only the contract; the contract knows nothing of ours; the stores know
 * neither ingestion, the seed, HTTP nor start-up; the two adapters do not know each other;
 * no cycles. Tests may reach further (a store's tests load the seed), so the source rules skip them.
 */
const TESTS = '(\\.probe\\.ts$|\\.test\\.tsx?$|^tests/|/testing/|^web/src/test/|/contract/graph-store-contract\\.ts$)';

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'web-knows-only-the-contract',
      comment: 'The explorer talks to the server over HTTP; of the server it imports only server/contract.',
      severity: 'error',
      from: { path: '^web/src', pathNot: TESTS },
      to: { path: '^(server|graph-seed|tests|scripts)/', pathNot: '^server/contract/' },
    },
    {
      name: 'contract-knows-nothing-of-ours',
      severity: 'error',
      from: { path: '^server/contract/' },
      to: { path: '^(server|web|graph-seed|tests|scripts)/', pathNot: '^server/contract/' },
    },
    {
      name: 'store-below-ingest-seed-http-boot',
      comment: 'Stores are used by ingestion, the seed loader, HTTP and start-up, never the other way round.',
      severity: 'error',
      // Tests included: the store's tests reach the seed graph only through the contract suite's fixture.
      from: { path: '^server/store/', pathNot: '^server/store/contract/seed-fixture\\.ts$' },
      to: { path: '^(server/(ingest|http|boot|bench|analysis)|graph-seed|scripts)/' },
    },
    { name: 'memory-does-not-know-neo4j', severity: 'error', from: { path: '^server/store/memory/' }, to: { path: '^server/store/neo4j/' } },
    { name: 'neo4j-does-not-know-memory', severity: 'error', from: { path: '^server/store/neo4j/' }, to: { path: '^server/store/memory/' } },
    {
      name: 'server-does-not-know-the-web',
      severity: 'error',
      from: { path: '^(server|graph-seed)/', pathNot: TESTS },
      to: { path: '^web/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|data|test-results)/' },
    tsConfig: { fileName: 'tsconfig.base.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
