/** `npm run bench:ingest`: reading times of crafted texts up to a megabyte and of the seed articles (see server/bench/ingest-bench.ts). */
import '../server/bench/ingest-bench';
