/** `npm start` (after the web build): the API and the explorer on one port, on the embedded store or on Neo4j. */
import { serve } from '../server/boot/serve';

await serve();
