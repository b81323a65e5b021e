/** `npm run bench`: the stores' query latencies, load time, heap and throughput on synthetic graphs (see server/bench/store-bench.ts). */
import '../server/bench/store-bench';
