import type { Core, StylesheetJson } from 'cytoscape';
import { NODE_TYPES } from '../../../server/api/model';
import { TYPE_STYLES } from './node-types';

/** Above this many elements the canvas trades looks for speed (straight haystack edges, fewer labels). */
export const LARGE_GRAPH = 1500;

/**
 * Below this zoom a big graph's labels (11 px, drawn from 12 px on screen)
 * are too small to be drawn, so big graphs carry none: Cytoscape still
 * measures and places every label it is given, and re-placing 5,000 after a
 * layout froze the page for 1.4 s.
 */
export const LABEL_ZOOM = 12 / 11;

/**
 * `forSvg` leaves out what cytoscape-svg cannot draw: node icons (background
 * images) and label outlines. `labels: false` leaves out node labels.
 */
export function stylesheet(large: boolean, { forSvg = false, labels = true } = {}): StylesheetJson {
  const icons = !large && !forSvg;
  return [
    {
      selector: 'node',
      // Only what is drawn: Cytoscape re-checks a node's edges for each property it applies (on a big graph, most of styling it).
      style: {
        width: 'data(size)',
        height: 'data(size)',
        ...(labels
          ? {
              label: 'data(label)',
              'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
              'font-size': 11,
              color: '#1d2733',
              'text-valign': 'bottom',
              'text-margin-y': 4,
              // Outlines and ellipsis cost a text measure per label per frame: not on big graphs.
              'text-wrap': large ? 'none' : 'ellipsis',
              'text-max-width': '150px',
              'text-outline-color': '#ffffff',
              'text-outline-width': forSvg || large ? 0 : 2,
              'min-zoomed-font-size': large ? 12 : 5,
            }
          : {}),
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
    // Meeting labels ("With Christopher Wray (FBI) · 2022-06-13") wrap onto short lines: timelines set them side by side.
    ...(labels ? [{ selector: 'node[type = "Meeting"]', style: { 'text-wrap': large ? ('none' as const) : ('wrap' as const), 'text-max-width': '110px' } }] : []),
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
    { selector: 'node.expanded', style: { 'border-color': '#1d2733', 'border-width': 2.5 } },
    { selector: 'node.pinned', style: { 'border-style': 'dashed', 'border-color': '#1d2733', 'border-width': 3 } },
    { selector: 'node:selected', style: { 'border-color': '#f5b700', 'border-width': 5 } },
    { selector: 'edge:selected', style: { 'line-color': '#f5b700', width: 4 } },
    { selector: '.on-path', style: { 'line-color': '#e67e22', 'border-color': '#e67e22', 'border-width': 5, width: 5, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: '.hidden', style: { display: 'none' } },
    // Edges between nodes still on the placeholder grid (see unplaced-edges.ts).
    { selector: 'edge.unplaced', style: { display: 'none' } },
  ];
}

/** What the canvas's stylesheet depends on: its size and, for a big graph, whether labels are readable at this zoom. */
export function canvasLook(cy: Core): { large: boolean; labels: boolean } {
  const large = Boolean(cy.scratch('large'));
  return { large, labels: !large || cy.zoom() >= LABEL_ZOOM };
}

/** The stylesheet for the canvas as it is now. */
export function currentStylesheet(cy: Core, options: { forSvg?: boolean } = {}): StylesheetJson {
  const { large, labels } = canvasLook(cy);
  return stylesheet(large, { ...options, labels });
}
