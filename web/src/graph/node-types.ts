/** How each node type looks: the canvas stylesheet and the legend read this one table. */
import type { NodeType } from '@contract/model';

// An intrinsic size (width, height), not only a viewBox: without one, Cytoscape's PNG export drew each icon as a misplaced fragment.
const svg = (body: string) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`)}`;

export interface TypeStyle {
  label: string;
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'tag' | 'diamond' | 'round-diamond' | 'rhomboid' | 'rectangle';
  icon: string;
}

export const TYPE_STYLES: Record<NodeType, TypeStyle> = {
  Person: { label: 'Person', color: '#2f6fb0', shape: 'ellipse', icon: svg('<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4 4-6 8-6s8 2 8 6"/>') },
  Organization: { label: 'Agency', color: '#c0762a', shape: 'round-rectangle', icon: svg('<rect x="4" y="3" width="16" height="18" rx="1"/><path d="M9 7h2M13 7h2M9 11h2M13 11h2M10 21v-4h4v4"/>') },
  Country: { label: 'Country', color: '#2e8b57', shape: 'hexagon', icon: svg('<path d="M5 21V4M5 4h12l-2 4 2 4H5"/>') },
  Topic: { label: 'Threat topic', color: '#b23a48', shape: 'tag', icon: svg('<path d="M12 3l9 16H3z"/><path d="M12 10v4M12 17h.01"/>') },
  Region: { label: 'Region', color: '#7a5ba6', shape: 'diamond', icon: svg('<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18"/>') },
  Meeting: { label: 'Meeting', color: '#56636f', shape: 'round-diamond', icon: svg('<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>') },
  Agreement: { label: 'Agreement', color: '#1d8a8a', shape: 'rhomboid', icon: svg('<path d="M6 3h9l4 4v14H6z"/><path d="M9 14l2 2 4-4"/>') },
  Article: { label: 'Article', color: '#8a929c', shape: 'rectangle', icon: svg('<rect x="3" y="4" width="18" height="16" rx="1"/><path d="M7 8h10M7 12h10M7 16h6"/>') },
};
