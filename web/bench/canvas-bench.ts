/**
 * `npm run bench:web`: the canvas in headless Chromium (software rendering, no
 * GPU) on synthetic subgraphs of 1,000 nodes / 3,000 edges and 5,000 / 15,000,
 * Liaison's setup side by side with plain Cytoscape on default options (its
 * layout: the same draft fcose, on the main thread, since fcose at default
 * quality takes minutes at 5,000 nodes here): first
 * drawn frame, layout time and the longest frame gap during it, frames per
 * second that show a moved view while dragging the background with the mouse,
 * PNG 2× export time and size. Prints a table; the last line is one JSON object.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { build } from 'vite';
import { launchChromium } from '../../tests/support/chromium';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    variants: { type: 'string', default: 'baseline,liaison,liaison-webgl' },
  },
});
const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = `${root}/dist/bench`;
await build({
  root: `${root}/web/bench`,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

const server = Fastify();
await server.register(fastifyStatic, { root: outDir });
const url = await server.listen({ port: 0, host: '127.0.0.1' });
const browser = await launchChromium();

// Three edges per node, as in the issue's 1,000/3,000 and 5,000/15,000.
const SIZES = args.sizes.split(',').map((n) => ({ nodes: Number(n), edges: 3 * Number(n) }));
const VARIANTS = args.variants.split(',') as Row['variant'][];
const PAN_SECONDS = 3;

type Row = {
  nodes: number;
  edges: number;
  variant: 'liaison' | 'liaison-webgl' | 'baseline';
  firstFrameMs: number;
  /** Of which adding the elements (and styling them), before drawing. */
  addedMs: number;
  layoutMs: number;
  longestFrameMs: number;
  /** null when the drag did not move the view (so nothing was measured). */
  panFps: number | null;
  /** How far the view moved while panning: zero would mean the drag did not pan. */
  panTravelledPx: number;
  rendersPerSecond: number;
  pngMs: number;
  pngBytes: number;
  pngScale: number;
};

const rows: Row[] = [];
try {
  for (const size of SIZES) {
    for (const variant of VARIANTS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      page.on('crash', () => console.error(`page crashed: ${size.nodes} nodes, ${variant}`));
      page.on('pageerror', (error) => console.error(`page error (${variant}): ${error.message}`));
      console.error(`… ${size.nodes}/${size.edges} ${variant}`);
      await page.goto(`${url}/index.html`);
      await page.waitForFunction(() => document.title === 'ready');
      const setup = await page.evaluate((config) => window.liaisonBench.setup(config), { ...size, variant });

      // Pan by dragging the background with the mouse, as a researcher does
      // (pressing on a node would drag the node: the press point is checked to be background).
      const spot = await page.evaluate(() => window.liaisonBench.backgroundSpot());
      const started = await page.evaluate(() => window.liaisonBench.startCounting());
      await page.mouse.move(spot.x, spot.y);
      await page.mouse.down();
      const until = Date.now() + PAN_SECONDS * 1000;
      for (let i = 1; Date.now() < until; i++) {
        await page.mouse.move(spot.x + 200 * Math.sin(i / 10), spot.y + 120 * (1 - Math.cos(i / 10)));
      }
      await page.mouse.up();
      const pan = await page.evaluate((t) => window.liaisonBench.stopCounting(t), started);
      if (pan.travelledPx === 0) console.error(`the drag did not move the view (${size.nodes} nodes, ${variant}): no panning figure`);
      const png = await page.evaluate(() => window.liaisonBench.exportPng());
      rows.push({
        ...size,
        variant,
        firstFrameMs: Math.round(setup.firstFrameMs),
        addedMs: Math.round(setup.addedMs),
        layoutMs: Math.round(setup.layoutMs),
        longestFrameMs: Math.round(setup.longestFrameMs),
        panFps: pan.travelledPx > 0 ? Math.round(pan.movedFps * 10) / 10 : null,
        panTravelledPx: pan.travelledPx,
        rendersPerSecond: Math.round(pan.rendersPerSecond * 10) / 10,
        pngMs: Math.round(png.ms),
        pngBytes: png.bytes,
        pngScale: png.scale,
      });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const pad = (v: unknown, n: number) => String(v).padStart(n);
console.log(`\n${'size'.padEnd(14)}${'variant'.padEnd(15)}${pad('1st frame', 10)}${pad('layout', 8)}${pad('max gap', 9)}${pad('pan fps', 9)}${pad('png ms', 8)}${pad('png KiB', 9)}`);
for (const r of rows) {
  console.log(
    `${`${r.nodes}/${r.edges}`.padEnd(14)}${r.variant.padEnd(15)}${pad(r.firstFrameMs, 10)}${pad(r.layoutMs, 8)}${pad(r.longestFrameMs, 9)}${pad(r.panFps ?? '—', 9)}${pad(r.pngMs, 8)}${pad(Math.round(r.pngBytes / 1024), 9)}`,
  );
}
const pick = (nodes: number, variant: string) => rows.find((r) => r.nodes === nodes && r.variant === variant);
const big = pick(5000, 'liaison');
if (!big || !pick(5000, 'baseline') || !pick(1000, 'liaison')) {
  console.log(JSON.stringify({ rows }));
  process.exit(0);
}
const basePan = pick(5000, 'baseline')!.panFps;
const panGain = big.panFps !== null && basePan !== null ? big.panFps / Math.max(basePan, 0.1) : NaN;
console.log(
  `\ntargets at 5k/15k: first frame ${big.firstFrameMs} ms (≤ 2500), layout ${big.layoutMs} ms (≤ 3000; longest frame gap ${big.longestFrameMs} ms), ` +
    `panning ${panGain.toFixed(1)}× baseline (≥ 5), PNG ${big.pngMs} ms (≤ 3000); at 1k/3k panning ${pick(1000, 'liaison')!.panFps ?? '—'} fps (≥ 30)`,
);
console.log(JSON.stringify({ chromium: 'headless, software rendering', baselineLayout: 'fcose draft on the main thread', panSeconds: PAN_SECONDS, rows, panGainAt5k: Number.isNaN(panGain) ? null : Math.round(panGain * 10) / 10 }));
