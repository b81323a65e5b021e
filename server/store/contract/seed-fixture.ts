/**
 * The five seed articles' graph as the store's tests use it: the contract
 * suite's one fixture, and the only place under server/store that reaches
 * graph-seed/ (source files here never do; dependency-cruiser checks it).
 */
export { loadSeed as seedGraph } from '../../../graph-seed/load';
