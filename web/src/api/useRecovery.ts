import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/**
 * When the server comes back after an outage, asks again every query that
 * failed meanwhile, so no panel keeps showing a stale error.
 */
export function useRefetchOnRecovery(serverUp: boolean) {
  const client = useQueryClient();
  const wasUp = useRef(serverUp);
  useEffect(() => {
    if (serverUp && !wasUp.current) void client.refetchQueries({ predicate: (query) => query.state.status === 'error' });
    wasUp.current = serverUp;
  }, [client, serverUp]);
}
