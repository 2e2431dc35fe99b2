#!/usr/bin/env bash
# Adds dependencies to one workspace package, serialised with a lock so parallel
# sessions never run two pnpm installs at once. Usage:
#   scripts/add-dep.sh @parley/kb exceljs unpdf        (dependencies)
#   scripts/add-dep.sh @parley/kb -D standardwebhooks (devDependencies)
set -euo pipefail
cd "$(dirname "$0")/.."
pkg="$1"; shift
mkdir -p node_modules/.cache
exec flock node_modules/.cache/add-dep.lock pnpm --filter "$pkg" add "$@"
