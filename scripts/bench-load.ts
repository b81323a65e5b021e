/** `npm run bench:load`: mixed load at a fixed rate against a server it starts (see server/bench/load-bench.ts). */
import '../server/bench/load-bench';
