#!/usr/bin/env bash
# Set up, build the seed deck if it is missing, and serve the app on http://127.0.0.1:5000
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ ! -f decks/harris-paris-2021.yaml ]; then
  .venv/bin/quizgen build seeds/ -o decks/harris-paris-2021.yaml --title "Harris in Paris, November 2021"
fi
exec .venv/bin/python app.py
