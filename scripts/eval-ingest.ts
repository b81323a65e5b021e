/** `npm run eval:ingest`: the ingestion pipeline scored against curated facts (see server/ingest/eval/). */
import '../server/ingest/eval/seed-eval';
