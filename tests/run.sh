#!/usr/bin/env bash
# The README's test command: set up everything the test suite needs, then run it.
#   bash tests/run.sh [pytest args...]
# - a virtual environment in .venv with the package and its test extras (pinned ranges in pyproject.toml);
# - Debian's chromium for the browser tests (installed with apt-get when missing; needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
.venv/bin/python -m pip install --quiet -e '.[test]'

if ! command -v chromium >/dev/null 2>&1; then
  echo "tests/run.sh: installing Debian's chromium for the browser tests" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

.venv/bin/ruff check build_dossier tests benchmarks
exec .venv/bin/python -m pytest "$@"
