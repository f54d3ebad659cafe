#!/usr/bin/env bash
# Scans main/ and renderer/ with @doyensec/electronegativity; fails on any finding that is not
# justified (with a reason) in .ci/electronegativity-allow.json. See electronegativity.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
exec node .ci/electronegativity.mjs
