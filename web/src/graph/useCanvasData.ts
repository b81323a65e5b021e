import { useMemo } from 'react';
import { usePath, useNeighbourhoods, useWhoMets } from '../api/queries';
import type { ViewState } from '../state/view';
import { pathHighlight } from './path-highlight';
import { assembleGraph, assembleWhoMet, truncations, type CanvasGraph, type Truncation } from './canvas-graph';

/** Ids are typed slugs; only people and agencies can be asked who they met. */
const canMeet = (id: string) => id.startsWith('person:') || id.startsWith('org:');

export interface CanvasData {
  graph: CanvasGraph;
  truncated: Truncation[];
  onPath: Set<string>;
  pathMissing: boolean;
  loading: boolean;
  error: Error | null;
  retry: () => void;
}

/** The server answers the view asks for, assembled into one graph for the canvas. */
export function useCanvasData(view: ViewState): CanvasData {
  const graphMode = view.mode === 'graph';
  const slices = useNeighbourhoods(view.expanded, view.filters, graphMode);
  const whoMetIds = view.expanded.map((e) => e.id).filter(canMeet);
  const whoMets = useWhoMets(whoMetIds, view.filters, !graphMode);
  // Both modes: who met whom highlights the connection's people too.
  const path = usePath(view.path);

  const active = graphMode ? slices.queries : whoMets.queries;
  const graph = useMemo(
    () =>
      graphMode
        ? assembleGraph(slices.data.filter((d) => d !== undefined), view.removed, path.data)
        : assembleWhoMet(whoMets.data.filter((d) => d !== undefined), view.removed),
    // The data lists stay the same arrays until an answer arrives (see QueryList): not recomputed on every render.
    [graphMode, slices.data, whoMets.data, path.data, view.removed],
  );
  const onPath = useMemo(() => pathHighlight(path.data, view.mode), [path.data, view.mode]);
  const failed = [...active, path].find((q) => q.error);
  return {
    graph,
    truncated: graphMode ? truncations(view.expanded, slices.data) : [],
    onPath,
    pathMissing: path.data?.found === false,
    loading: active.some((q) => q.isFetching) || path.isFetching,
    error: failed?.error ?? null,
    retry: () => {
      for (const q of [...active, path]) if (q.error) void q.refetch();
    },
  };
}
