/** `npm run bench:web`: the canvas in headless Chromium on synthetic subgraphs (see web/bench/canvas-bench.ts). */
import '../web/bench/canvas-bench';
