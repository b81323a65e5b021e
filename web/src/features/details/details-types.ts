import type { CanvasGraph } from '../../graph/canvas-graph';

/** What the details panel can ask of the explorer. */
export interface DetailsActions {
  onExpand: (id: string) => void;
  onHide: (id: string) => void;
  onRemove: (id: string) => void;
  onPin: (id: string) => void;
  onSelect: (id: string) => void;
  onWhoMet: (id: string) => void;
  /** Expands a node and the given meetings of theirs in one step: who they met, in the full graph. */
  onExpandWithMet: (ids: string[]) => void;
  onConnectStart: (id: string) => void;
  onConnect: (from: string, to: string) => void;
  /** The earliest chain of meetings in time order between two people or agencies. */
  onConnectInTime: (from: string, to: string) => void;
  onOpenArticle: (articleId: string, quote?: string) => void;
}

export interface DetailsPanelProps extends DetailsActions {
  selected: string | undefined;
  graph: CanvasGraph;
  expanded: boolean;
  pinned: boolean;
  connectFrom: string | undefined;
}

