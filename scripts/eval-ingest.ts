/** `npm run eval:ingest`: the ingestion pipeline scored against curated facts, per split (see server/ingest/eval/). */
import '../server/ingest/eval/ingest-eval';
