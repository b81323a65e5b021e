import { useMemo } from 'react';
import type { Comparison, TimedPath } from '@contract/analysis';
import { useComparison, useTimedPath } from '../api/analysis-queries';
import { usePath, useNeighbourhoods, useWhoMets } from '../api/queries';
import type { ViewState } from '../state/view';
import { pathHighlight } from './path-highlight';
import { addTimedChain, timedChainInWhoMet } from './timed-chain';
import { assembleComparison, assembleGraph, assembleWhoMet, truncations, type CanvasGraph, type Truncation } from './canvas-graph';

const NONE = new Set<string>();

/** Ids are typed slugs; only people and agencies can be asked who they met. */
const canMeet = (id: string) => id.startsWith('person:') || id.startsWith('org:');

export interface CanvasData {
  /** Compare mode's counts of ties appeared, vanished and kept (the lists may be capped; these are not). */
  comparisonCounts?: Comparison['counts'];
  graph: CanvasGraph;
  truncated: Truncation[];
  onPath: Set<string>;
  /** Connect in time: the chain's elements, and the chain itself. */
  inTime: Set<string>;
  timedPath: TimedPath | undefined;
  pathMissing: boolean;
  loading: boolean;
  error: Error | null;
  retry: () => void;
}

/** The server answers the view asks for, assembled into one graph for the canvas. */
export function useCanvasData(view: ViewState): CanvasData {
  const graphMode = view.mode === 'graph';
  const compareMode = view.mode === 'compare';
  const slices = useNeighbourhoods(view.expanded, view.filters, graphMode);
  const whoMetIds = view.expanded.map((e) => e.id).filter(canMeet);
  const whoMets = useWhoMets(whoMetIds, view.filters, view.mode === 'whomet');
  const comparison = useComparison(view.compare, view.filters, compareMode);
  const timed = useTimedPath(compareMode ? undefined : view.timedPath, view.filters);
  // Both modes: who met whom highlights the connection's people too.
  const path = usePath(view.path);

  const active = compareMode ? [comparison] : graphMode ? slices.queries : whoMets.queries;
  const { graph, inTime } = useMemo(() => {
    if (compareMode) return { graph: assembleComparison(comparison.data, view.removed), inTime: NONE };
    if (!graphMode) {
      const graph = assembleWhoMet(whoMets.data.filter((d) => d !== undefined), view.removed);
      return { graph, inTime: timedChainInWhoMet(graph, timed.data) };
    }
    const graph = assembleGraph(slices.data.filter((d) => d !== undefined), view.removed, path.data);
    return { graph, inTime: addTimedChain(graph, timed.data) };
    // The data lists stay the same arrays until an answer arrives (see QueryList): not recomputed on every render.
  }, [compareMode, graphMode, comparison.data, slices.data, whoMets.data, path.data, timed.data, view.removed]);
  const onPath = useMemo(() => pathHighlight(path.data, view.mode), [path.data, view.mode]);
  const failed = [...active, path, timed].find((q) => q.error);
  return {
    ...(compareMode && comparison.data ? { comparisonCounts: comparison.data.counts } : {}),
    graph,
    truncated: graphMode ? truncations(view.expanded, slices.data) : [],
    onPath,
    inTime,
    timedPath: timed.data,
    pathMissing: path.data?.found === false,
    loading: active.some((q) => q.isFetching) || path.isFetching || timed.isFetching,
    error: failed?.error ?? null,
    retry: () => {
      for (const q of [...active, path, timed]) if (q.error) void q.refetch();
    },
  };
}
