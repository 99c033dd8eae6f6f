# The Zactonics Agent Hub: one image for every role (HUB_ROLE=api | worker | both).
#
#   docker build -t zactonics-hub .
#       builds from source in a builder stage (pnpm install, build, deploy) and keeps only what
#       runs: the server with its production dependencies, and the widget and console bundles.
#   docker build --target runtime-prebuilt -t zactonics-hub -f Dockerfile OUT
#       takes OUT, a tree already laid out by scripts/container-bundle.sh on the machine, as the
#       build context: for machines whose containers cannot reach the npm registry (the container
#       test does this; see docs/CONTAINERS.md).
# Both images come from runtime-base, so they differ only in where /app came from. Stage order
# matters: the classic builder (no BuildKit) builds every stage before the --target one, so
# runtime-prebuilt comes before the builder stage, which it never needs.

FROM node:22-bookworm-slim AS runtime-base
# HOST: listen on every interface of the container. HUB_SHUTDOWN_TIMEOUT_MS: a SIGTERM drain ends
# within 8 s, before `docker stop`'s default 10 s SIGKILL; compose.yaml gives both more room.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    HUB_DATA_DIR=/data \
    HUB_SHUTDOWN_TIMEOUT_MS=8000
# A user of our own (the stand-in base image has no `node` user); /data is where the embedded
# database (PGlite) lives when DATABASE_URL is unset, and the only place the hub writes.
RUN groupadd --gid 10001 hub \
 && useradd --uid 10001 --gid hub --home-dir /app --no-create-home --shell /usr/sbin/nologin hub \
 && mkdir /data && chown hub:hub /data
VOLUME ["/data"]
WORKDIR /app
USER hub
EXPOSE 4000
# The hub drains on SIGTERM (stops taking work, finishes what it holds, exits 0). node is PID 1,
# with no shell in between to swallow the signal.
STOPSIGNAL SIGTERM
# No curl in the slim image: node asks /readyz (200 when the database answers with every
# migration applied, and Redis answers when REDIS_URL is set; 503 otherwise).
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "server/dist/main.js"]

FROM runtime-base AS runtime-prebuilt
COPY . /app

FROM node:22-bookworm-slim AS build
# corepack refuses registry mirrors without signatures; npm's global install works everywhere.
ARG PNPM_VERSION=10
RUN npm install -g "pnpm@${PNPM_VERSION}"
WORKDIR /src
# Dependencies first, from the lockfile alone: this layer stays cached while only sources change.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch
COPY . .
RUN pnpm install --frozen-lockfile --offline \
 && pnpm build \
 && sh scripts/container-bundle.sh /bundle

FROM runtime-base AS runtime
COPY --from=build /bundle /app
