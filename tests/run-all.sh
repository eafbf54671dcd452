#!/usr/bin/env bash
# `npm test`: every check, in the order that lets later steps use earlier outputs.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=Asia/Shanghai

step() { printf '\n▶ %s\n' "$1"; }

step 'typecheck';            npm run --silent typecheck
step 'lint';                 npm run --silent lint
step 'production builds';    npm run --silent build:weapp >/dev/null && npm run --silent build:h5 >/dev/null
step 'jest: unit, backend, components, miniprogram-simulate, size budget'
npx jest --selectProjects unit components weapp
step 'browser end-to-end (Chromium, real server, H5 build)'
npx jest -c tests/e2e/jest.config.js --runInBand
