import type { Collection, Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { NodeType } from '@contract/model';
import type { LayoutName } from '../state/view';
import { LABEL_RIGHT } from './stylesheet';
import { timelinePositions, TIMELINE_AXIS } from './timeline-layout';

/** A layout as the canvas runs it: which elements it places, with which Cytoscape options. */
export interface LayoutRun {
  eles: Collection;
  options: LayoutOptions;
}

/**
 * One entry per layout the toolbar offers, as cytoscape.js registers its own:
 * `defaults` documents every option it sets, `prepare` adds what depends on
 * the graph drawn (its size, pinned nodes, dates) and sets up the canvas for it.
 */
export interface LayoutEntry {
  defaults: Readonly<Record<string, unknown>>;
  prepare(cy: Core, visible: Collection, large: boolean): LayoutRun;
}

/** What every layout shares. */
const COMMON = {
  fit: true, // the whole picture in view once placed
  padding: 40, // px between the picture and the canvas's edge
  animate: false, // placed at once: animating hundreds of nodes costs frames and the researcher's patience
} as const;

const FCOSE_DEFAULTS = {
  ...COMMON,
  name: 'fcose',
  quality: 'default', // 'draft' on large graphs: a coarser spring embedding, far quicker
  randomize: true, // from scratch: incremental placement is placeAdded's job
  nodeRepulsion: 30000, // 9000 on large graphs; room for labels around hubs (label-choice.ts draws those that fit)
  idealEdgeLength: 150, // 90 on large graphs
  nodeSeparation: 110, // between nodes the packing step pushes apart
  numIter: 2500, // 600 on large graphs
} as const;

const CONCENTRIC_DEFAULTS = {
  ...COMMON,
  name: 'concentric',
  levelWidth: 2, // degrees per ring: hubs in the middle, the sparsely connected outside
  minNodeSpacing: 24, // px between nodes of one ring
} as const;

const TIMELINE_DEFAULTS = {
  ...COMMON,
  name: 'preset', // positions from timeline-layout.ts: meetings along a dated axis, attendees beside them
} as const;

/** Leaves the timeline's axis and side labels behind when another layout takes over. */
function leaveTimeline(cy: Core) {
  cy.scratch(TIMELINE_AXIS, null);
  cy.nodes(`.${LABEL_RIGHT}`).removeClass(LABEL_RIGHT);
}

const fcose: LayoutEntry = {
  defaults: FCOSE_DEFAULTS,
  prepare(cy, visible, large) {
    leaveTimeline(cy);
    const pinned = visible.nodes('.pinned');
    const options = {
      ...FCOSE_DEFAULTS,
      quality: large ? 'draft' : FCOSE_DEFAULTS.quality,
      nodeRepulsion: () => (large ? 9000 : FCOSE_DEFAULTS.nodeRepulsion),
      idealEdgeLength: () => (large ? 90 : FCOSE_DEFAULTS.idealEdgeLength),
      numIter: large ? 600 : FCOSE_DEFAULTS.numIter,
      // Pinned nodes stay where the researcher put them.
      ...(pinned.nonempty() ? { fixedNodeConstraint: pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })) } : {}),
    };
    return { eles: visible, options: options as LayoutOptions };
  },
};

const concentric: LayoutEntry = {
  defaults: CONCENTRIC_DEFAULTS,
  prepare(cy, visible) {
    leaveTimeline(cy);
    const options = { ...CONCENTRIC_DEFAULTS, concentric: (node: NodeSingular) => node.degree(false), levelWidth: () => CONCENTRIC_DEFAULTS.levelWidth };
    // Pinned nodes are left out, so they stay put.
    return { eles: visible.not('.pinned'), options: options as LayoutOptions };
  },
};

const timeline: LayoutEntry = {
  defaults: TIMELINE_DEFAULTS,
  prepare(cy, visible) {
    const { positions, axis, labelRight } = timelinePositions(
      visible.nodes().map((n) => ({ id: n.id(), type: n.data('type') as NodeType, dateFrom: n.data('dateFrom') as string | undefined })),
      visible.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string, date: e.data('date') as string | undefined })),
    );
    cy.scratch(TIMELINE_AXIS, axis);
    const right = new Set(labelRight);
    cy.batch(() => cy.nodes().forEach((n) => void n.toggleClass(LABEL_RIGHT, right.has(n.id()))));
    const place = (node: NodeSingular) => (node.hasClass('pinned') ? node.position() : (positions.get(node.id()) ?? { x: 0, y: 0 }));
    return { eles: visible, options: { ...TIMELINE_DEFAULTS, positions: place } as LayoutOptions };
  },
};

/** Every layout by the name the URL and the toolbar use. */
export const LAYOUT_REGISTRY: Record<LayoutName, LayoutEntry> = { fcose, concentric, timeline };
