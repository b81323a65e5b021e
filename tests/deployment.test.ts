import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No Docker engine runs where the tests do: these check what `docker compose up` relies on.
const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'));
const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');

describe('docker compose', () => {
  it('runs Neo4j 5.26 Community with its ports reachable only from this machine', () => {
    expect(compose.services.neo4j.image).toBe('neo4j:5.26-community');
    for (const service of Object.values(compose.services) as { ports: string[] }[]) {
      for (const port of service.ports) expect(port).toMatch(/^127\.0\.0\.1:/);
    }
  });

  it('checks Neo4j health with wget, which the image has (it has no curl)', () => {
    expect(compose.services.neo4j.healthcheck.test.join(' ')).toContain('wget');
    expect(compose.services.app.depends_on.neo4j.condition).toBe('service_healthy');
  });

  it('gives Neo4j and the app the same password, with a default Neo4j accepts (8+ characters)', () => {
    const auth = /^neo4j\/\$\{NEO4J_PASSWORD:-(.+)\}$/.exec(compose.services.neo4j.environment.NEO4J_AUTH);
    expect(auth?.[1]?.length).toBeGreaterThanOrEqual(8);
    expect(compose.services.app.environment.NEO4J_PASSWORD).toBe(`\${NEO4J_PASSWORD:-${auth?.[1]}}`);
  });

  it('builds the app in stages and runs it as a non-root user, seeding an empty database', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(compose.services.app.environment.LIAISON_SEED_IF_EMPTY).toBe('true');
  });

  it('protects writes with a token: compose requires one (no default), the image makes one up unless given', () => {
    expect(compose.services.app.environment.LIAISON_WRITE_TOKEN).toMatch(/^\$\{LIAISON_WRITE_TOKEN:\?.+\}$/);
    expect(dockerfile).toMatch(/^ENV .*HOST=0\.0\.0\.0.*LIAISON_WRITE_TOKEN=generate/m);
  });
});
