/** Neo4j connection settings from the environment; null when NEO4J_URI is unset (embedded store). */
export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Read transactions are cancelled by the server after this long. */
  queryTimeoutMs: number;
  /** Connection attempts at startup before the server reports Neo4j unreachable. */
  connectAttempts: number;
}

export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | null {
  if (!env.NEO4J_URI) return null;
  return {
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE ?? 'neo4j',
    queryTimeoutMs: Number(env.NEO4J_QUERY_TIMEOUT_MS ?? 10_000),
    connectAttempts: Number(env.NEO4J_CONNECT_ATTEMPTS ?? 6),
  };
}
