#!/usr/bin/env bash
# Adds dependencies to one workspace package, serialised with a lock so parallel
# sessions never run two pnpm installs at once. Usage:
#   scripts/add-dep.sh @parley/kb exceljs unpdf        (dependencies)
#   scripts/add-dep.sh @parley/kb -D standardwebhooks (devDependencies)
set -euo pipefail
cd "$(dirname "$0")/.."
pkg="$1"; shift
exec flock /tmp/parley-pnpm.lock pnpm --filter "$pkg" add "$@"
