#!/usr/bin/env bash
# Set up (test tools and chromium included) and run the whole test suite with pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --dev
exec .venv/bin/python -m pytest -q "$@"
