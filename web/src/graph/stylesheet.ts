import type { Core, StylesheetJson } from 'cytoscape';
import { NODE_TYPES } from '@contract/model';
import { TYPE_STYLES } from './node-types';

/** The colour of a chain of meetings in time order (Connect in time), in the canvas and its card. */
export const IN_TIME = '#6a3d9a';

/** The colours of compare mode's ties, in the canvas and its legend. */
export const TIE_COLOURS = { appeared: '#2e8b57', vanished: '#c0392b', kept: '#8a97a5' } as const;

/** Above this many elements the canvas trades looks for speed (straight haystack edges, fewer labels). */
export const LARGE_GRAPH = 1500;

/**
 * Below this zoom a big graph's labels (11 px, drawn from 12 px on screen)
 * are too small to be drawn, so big graphs carry none: Cytoscape still
 * measures and places every label it is given, and re-placing 5,000 after a
 * layout froze the page for 1.4 s.
 */
export const LABEL_ZOOM = 12 / 11;

/** The class of nodes whose label would sit on another's (see label-choice.ts): drawn without it until there is room. */
export const LABEL_HIDDEN = 'label-hidden';

/** The class of nodes whose label sits to their right (the who-met timeline's column). */
export const LABEL_RIGHT = 'label-right';

/** Node labels on screen: never smaller than this, whatever the zoom, nor larger (px). */
export const LABEL_SCREEN_PX = { min: 10, max: 13 } as const;
const FONT_PX = 11;

/**
 * The font size of node labels in graph units at this zoom, so that they are
 * drawn between 10 and 13 px on screen: zooming in then makes room between
 * labels (more of them fit), zooming out never makes them unreadably small.
 * Rounded, so that the stylesheet changes a few times per zoom, not per frame.
 */
export function labelFontSize(zoom: number): number {
  const onScreen = Math.min(Math.max(FONT_PX * zoom, LABEL_SCREEN_PX.min), LABEL_SCREEN_PX.max);
  return Math.round((onScreen / zoom) * 4) / 4;
}

/**
 * `labels: false` leaves out node labels; `fontSize` is theirs in graph units
 * (big graphs keep 11, with labels only once zoomed in).
 */
export function stylesheet(large: boolean, { labels = true, fontSize = FONT_PX } = {}): StylesheetJson {
  return [...nodeRules(large, labels, fontSize), ...edgeRules(large), ...markRules()];
}

/** Nodes: size from data, shape, colour and icon per type, labels below. */
function nodeRules(large: boolean, labels: boolean, fontSize: number): StylesheetJson {
  const icons = !large;
  return [
    {
      selector: 'node',
      // Only what is drawn: Cytoscape re-checks a node's edges for each property it applies (on a big graph, most of styling it).
      style: {
        width: 'data(size)',
        height: 'data(size)',
        ...(labels ? labelStyle(large, fontSize) : {}),
        ...(icons ? { 'background-width': '58%', 'background-height': '58%' } : {}),
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    ...NODE_TYPES.map((type) => ({
      selector: `node[type = "${type}"]`,
      style: {
        shape: TYPE_STYLES[type].shape,
        'background-color': TYPE_STYLES[type].color,
        ...(icons ? { 'background-image': TYPE_STYLES[type].icon } : {}),
      },
    })),
    // Colour by community or country: the type keeps its shape and icon (elements.ts gives every node its colour).
    { selector: 'node[colour]', style: { 'background-color': 'data(colour)' } },
  ];
}

function labelStyle(large: boolean, fontSize: number) {
  return {
    label: 'data(label)',
    'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
    'font-size': large ? FONT_PX : fontSize,
    color: '#1d2733',
    'text-valign': 'bottom',
    'text-margin-y': 4,
    // Labels come broken into lines (label-text.ts); Cytoscape keeps those lines and breaks none itself.
    'text-wrap': large ? 'none' : 'wrap',
    'text-max-width': '1000px',
    'text-outline-color': '#ffffff',
    // Outlines cost a text measure per label per frame: not on big graphs.
    'text-outline-width': large ? 0 : 2,
    'min-zoomed-font-size': large ? 12 : 5,
  } as const;
}

/** Edges: a colour and dash per relationship; who-met links as thick as the meetings behind them. */
function edgeRules(large: boolean): StylesheetJson {
  return [
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': '#b3bfcb',
        'curve-style': large ? 'haystack' : 'bezier',
        ...(large ? {} : { opacity: 0.9 }),
      },
    },
    { selector: 'edge[type = "ATTENDED"]', style: { 'line-color': '#8fa3b8' } },
    { selector: 'edge[type = "DISCUSSED"], edge[type = "CONCERNED"]', style: { 'line-color': '#e0b4b9', 'line-style': 'dashed' } },
    {
      selector: 'edge[type = "MET"]',
      style: {
        width: 'mapData(weight, 1, 12, 2, 10)',
        'line-color': '#6d8196',
        label: 'data(weight)',
        'font-size': 9,
        color: '#4a5866',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
      },
    },
    // Compare mode: green ties appeared, red dashed ones vanished, grey ones kept (the legend under the canvas says so).
    // A little thicker than who-met links: the colour is the news, and thin red dashes barely show.
    { selector: 'edge[change]', style: { width: 'mapData(weight, 1, 12, 3, 10)' } },
    { selector: `edge[change = "appeared"]`, style: { 'line-color': TIE_COLOURS.appeared } },
    { selector: `edge[change = "vanished"]`, style: { 'line-color': TIE_COLOURS.vanished, 'line-style': 'dashed' } },
    { selector: `edge[change = "kept"]`, style: { 'line-color': TIE_COLOURS.kept } },
  ];
}

/** What the researcher did and sees: expanded, pinned, selected, on a path, faded, hidden. */
function markRules(): StylesheetJson {
  return [
    { selector: 'node.expanded', style: { 'border-color': '#1d2733', 'border-width': 2.5 } },
    { selector: 'node.pinned', style: { 'border-style': 'dashed', 'border-color': '#1d2733', 'border-width': 3 } },
    { selector: 'node:selected', style: { 'border-color': '#f5b700', 'border-width': 5 } },
    { selector: 'edge:selected', style: { 'line-color': '#f5b700', width: 4 } },
    // Nodes and edges apart: `width` on a node is its size, and a path's nodes must keep theirs.
    { selector: 'node.on-path', style: { 'border-color': '#e67e22', 'border-width': 5, 'z-index': 10 } },
    { selector: 'edge.on-path', style: { 'line-color': '#e67e22', width: 5, 'z-index': 10 } },
    // Connect in time: the chain in violet, each link saying its step and date.
    { selector: 'node.in-time', style: { 'border-color': IN_TIME, 'border-width': 5, 'z-index': 11 } },
    {
      selector: 'edge.in-time',
      style: { 'line-color': IN_TIME, width: 5, 'z-index': 11, label: 'data(step)', 'font-size': 11, 'font-weight': 'bold', color: IN_TIME, 'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-background-padding': '3px' },
    },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: `node.${LABEL_HIDDEN}`, style: { 'text-opacity': 0 } },
    { selector: `node.${LABEL_RIGHT}`, style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 6, 'text-margin-y': 0 } },
    { selector: '.hidden', style: { display: 'none' } },
    // Edges between nodes still on the placeholder grid (see unplaced-edges.ts).
    { selector: 'edge.unplaced', style: { display: 'none' } },
  ];
}

/** What the canvas's stylesheet depends on: its size, whether labels are readable at this zoom (big graphs), their font size (small ones). */
export function canvasLook(cy: Core): { large: boolean; labels: boolean; fontSize: number } {
  const large = Boolean(cy.scratch('large'));
  return { large, labels: !large || cy.zoom() >= LABEL_ZOOM, fontSize: large ? FONT_PX : labelFontSize(cy.zoom()) };
}

/** The stylesheet for the canvas as it is now. */
export function currentStylesheet(cy: Core): StylesheetJson {
  return stylesheet(canvasLook(cy).large, canvasLook(cy));
}
