import { ApiError } from '../api/client';
import { StatusLine } from '../features/status/StatusLine';
import type { CanvasData } from '../graph/useCanvasData';

interface CanvasStatusProps {
  data: CanvasData;
  unreachable: boolean;
  connecting: string | undefined;
  notice: string | undefined;
  onDismiss: () => void;
  onCancelConnect: () => void;
  onMore: (id: string) => void;
  /** Asks again what else failed (the canvas's own queries are retried here). */
  onRetry: () => void;
}

/** The status line over the canvas, fed from its data. */
export function CanvasStatus({ data, unreachable, connecting, notice, onDismiss, onCancelConnect, onMore, onRetry }: CanvasStatusProps) {
  return (
    <StatusLine
      loading={data.loading}
      error={unreachable ? new ApiError(0, 'network', 'The Liaison server cannot be reached.') : data.error}
      onRetry={() => {
        onRetry();
        data.retry();
      }}
      truncated={data.truncated.map((t) => ({ ...t, label: data.graph.nodes.get(t.id)?.record.label ?? t.id }))}
      onMore={onMore}
      notice={data.pathMissing ? 'No connection within 6 steps through people, agencies, countries, meetings or agreements.' : notice}
      onDismiss={onDismiss}
      connecting={connecting}
      onCancelConnect={onCancelConnect}
    />
  );
}

