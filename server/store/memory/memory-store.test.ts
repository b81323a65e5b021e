import { seedGraph as loadSeed } from '../contract/seed-fixture';
import { graphStoreContract } from '../contract/graph-store-contract';
import { createMemoryStore } from './memory-store';

graphStoreContract('memory', async () => {
  const store = createMemoryStore();
  await store.importGraph(loadSeed());
  return store;
});
