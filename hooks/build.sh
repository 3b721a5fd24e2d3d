#!/usr/bin/env bash
# ASK CLI custom build hook: `ask deploy` runs it as `hooks/build.sh <zip file> <debug>` from a copy of the
# code folder. It bundles the skill with esbuild into a private folder (dist/ stays as it is) and writes the zip
# itself (ask deploy ships that file).
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
if command -v zip >/dev/null 2>&1; then
  zip -q -r "$out" . -x meta.json
else
  python3 -m zipfile -c "$out" index.js index.js.map package.json vendor prompts
fi
echo "hooks/build.sh: wrote $out"
