import { useMemo } from 'react';
import { useCentrality, useCommunities } from '../../api/analysis-queries';
import { countryName } from '../../format/countries';
import { colourGroups, countryOf, sizesByScore, type NodeLook } from '../../graph/appearance';
import type { CanvasGraph } from '../../graph/canvas-graph';
import type { ViewState } from '../../state/view';

/** Sizes and colours for the canvas, as the Size by and Colour by controls ask, computed by the server under the current filters. */
export function useNodeLook(view: Pick<ViewState, 'sizeBy' | 'colourBy' | 'filters'>, graph: CanvasGraph): { look: NodeLook; loading: boolean } {
  const measure = view.sizeBy === 'meetings' ? undefined : view.sizeBy;
  const centrality = useCentrality(measure, view.filters);
  const communities = useCommunities(view.colourBy === 'community', view.filters);
  const sizes = useMemo(() => (measure && centrality.data ? sizesByScore(new Map(centrality.data.map((s) => [s.id, s.score]))) : undefined), [measure, centrality.data]);
  const colouring = useMemo(() => {
    if (view.colourBy === 'community') {
      if (!communities.data) return {};
      const community = new Map(communities.data.map((m) => [m.id, m.community]));
      // By the community's own number (0 the largest in the whole graph): its colour stays whatever the canvas shows.
      return colourGroups(graph, (n) => (community.has(n.id) ? String(community.get(n.id)) : undefined), (g) => `Community ${Number(g) + 1}`, Number);
    }
    if (view.colourBy === 'country') return colourGroups(graph, countryOf(graph), (code) => countryName(code));
    return {};
  }, [view.colourBy, communities.data, graph]);
  // One object while nothing changed: the canvas diffs its elements when it changes.
  // Replies come highest first: the first on the canvas is its largest.
  const largest = measure ? centrality.data?.find((s) => graph.nodes.has(s.id))?.label : undefined;
  const look = useMemo(() => ({ ...(sizes ? { sizes } : {}), ...colouring, ...(largest ? { largest } : {}) }), [sizes, colouring, largest]);
  return { look, loading: centrality.isFetching || communities.isFetching };
}
