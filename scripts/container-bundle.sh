#!/bin/sh
# Lays out what the hub's image runs, from a workspace already installed and built (`pnpm build`):
#   OUT/server        the server package with its production dependencies only (pnpm deploy),
#                     db and schema included as copies of their built packages
#   OUT/widget/dist   the widget bundle   } the server serves them from ../../../widget/dist and
#   OUT/admin/dist    the console         } ../../../admin/dist relative to server/dist/http
# The Dockerfile's builder stage runs it, and so does scripts/container-test.mjs on a machine
# whose containers cannot reach the npm registry (the image is then built from OUT as context).
set -eu
out="${1:?usage: scripts/container-bundle.sh OUT_DIR}"
cd "$(dirname "$0")/.."

for built in server/dist/main.js db/dist/index.js schema/dist/index.js widget/dist/widget.js admin/dist/index.html; do
  [ -f "$built" ] || { echo "container-bundle: $built is missing: run pnpm build first" >&2; exit 1; }
done

rm -rf "$out"
# --legacy: pnpm 10 deploys from a shared lockfile only with inject-workspace-packages, which
# would change how every workspace package links for development; the legacy deploy copies the
# workspace dependencies (db, schema) into the output instead. It copies packages from the store
# that `pnpm install` filled, but resolves the version ranges again, which needs the registry's
# metadata: a frozen-lockfile install on a fresh machine caches none, so --prefer-offline (use the
# cache where it has them, ask the registry for the rest), not --offline.
pnpm --filter @zactonics/server deploy --prod --legacy --prefer-offline "$out/server" >/dev/null

# Sources, TypeScript configs and type declarations are not run; the hub's own source maps stay
# (stack traces under NODE_OPTIONS=--enable-source-maps), the dependencies' go: about 85 MB of
# the 200 MB of node_modules are their source maps and declarations. (The files are links into
# pnpm's store or copies: removing them changes neither the store nor the workspace.)
rm -rf "$out/server/src" "$out/server/tsconfig.build.json"
for package in "$out"/server/node_modules/.pnpm/@zactonics+*/node_modules/@zactonics/*; do
  rm -rf "$package/src" "$package/tsconfig.build.json"
done
find "$out/server/dist" "$out"/server/node_modules/.pnpm/@zactonics+*/node_modules/@zactonics/*/dist \
  -name '*.d.ts' -delete

find "$out/server/node_modules/.pnpm" -path '*/.pnpm/@zactonics+*' -prune -o -type f \
  \( -name '*.map' -o -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' \) -exec rm -f {} +

mkdir -p "$out/widget" "$out/admin"
cp -R widget/dist "$out/widget/dist"
cp -R admin/dist "$out/admin/dist"
