#!/usr/bin/env bash
# Create .venv and install quizgen's dependencies into it.
#   scripts/setup.sh          runtime dependencies (requirements.txt), then quizgen itself (the `quizgen` command)
#   scripts/setup.sh --dev    plus test tools, and Debian's chromium and postgresql for the tests
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "${1:-}" = "--dev" ]; then
  .venv/bin/python -m pip install --quiet -r requirements-dev.txt
  # Debian packages the tests use: chromium for the browser tests, a PostgreSQL server for the database tests
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "note: install Debian's ${missing[*]} to run the browser and PostgreSQL tests" >&2
    fi
  fi
else
  .venv/bin/python -m pip install --quiet -r requirements.txt
fi
# quizgen itself, editable, for the `quizgen` command (its dependencies are installed above)
.venv/bin/python -m pip install -qq --no-deps -e .
