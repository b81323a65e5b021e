/** `npm run eval:agreement`: a second curator's reading of 12 dev articles scored against the corpus facts (see server/ingest/eval/agreement.ts). */
import '../server/ingest/eval/agreement-report';
