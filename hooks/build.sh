#!/usr/bin/env bash
# ASK CLI custom build hook: `ask deploy` runs it as `hooks/build.sh <zip file> <debug>` from a copy of the
# code folder. It bundles the skill with esbuild into a private folder (dist/ stays as it is) and writes the zip
# itself (ask deploy ships that file) with the same packaging step that gives `npm run build` its dist/skill.zip.
set -euo pipefail
out="$1"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[ -d node_modules ] || npm ci
bundle="$(mktemp -d)"
trap 'rm -rf "$bundle"' EXIT
node scripts/build.mjs skill --outdir "$bundle"
rm -f "$out"
cd "$bundle"
node "$root/scripts/package.mjs" skill --from . --out "$out"
echo "hooks/build.sh: wrote $out"
