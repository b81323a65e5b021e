# syntax=docker/dockerfile:1
# Liaison: API and explorer in one Node process. Multi-stage: build with dev
# dependencies, run with production dependencies only, as the unprivileged `node` user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Builds the explorer into dist/web when it exists; the API needs no build (tsx runs TypeScript).
RUN npm run build --if-present && mkdir -p dist

FROM node:20-bookworm-slim AS production-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
# Listening on 0.0.0.0 (for -p 8080:8080) opens the port to the network: writes need a token.
# "generate" makes one up at start-up and prints it; pass -e LIAISON_WRITE_TOKEN=… to choose it.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 LIAISON_WRITE_TOKEN=generate
WORKDIR /app
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json tsconfig.json ./
COPY server ./server
COPY graph-seed ./graph-seed
COPY scripts ./scripts
# Without Neo4j, accepted articles are kept in data/accepted-facts.json: the node user must be able to write it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:8080/api/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--max-semi-space-size=64", "--import", "tsx", "scripts/start.ts"]
