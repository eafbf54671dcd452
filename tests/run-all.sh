#!/usr/bin/env bash
# `npm test`: every check, in the order that lets later steps use earlier outputs.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=Asia/Shanghai
results=$(mktemp -d)

step() { printf '\n▶ %s\n' "$1"; }
quiet_build() {
  local log="$results/build-$1.log"
  npm run --silent "build:$1" >"$log" 2>&1 || { cat "$log"; echo "build:$1 failed"; exit 1; }
}

step 'typecheck'
npm run --silent typecheck
step 'lint'
npm run --silent lint
step 'production builds (server, weapp, h5, admin)'
quiet_build server
quiet_build weapp
quiet_build h5
quiet_build admin
step 'jest: unit, backend (SQLite and PostgreSQL), components, miniprogram-simulate, size budget'
npx jest --selectProjects unit postgres backend-postgres components weapp --json --outputFile="$results/jest.json"
step 'browser end-to-end (Chromium, real server, H5 build)'
npx jest -c tests/e2e/jest.config.js --runInBand --json --outputFile="$results/e2e.json"

node -e '
  const runs = process.argv.slice(1).map((f) => require(f))
  const passed = runs.reduce((n, r) => n + r.numPassedTests, 0)
  const failed = runs.reduce((n, r) => n + r.numFailedTests, 0)
  console.log(`\ntests: ${passed} passed, ${failed} failed`)
' "$results/jest.json" "$results/e2e.json"
