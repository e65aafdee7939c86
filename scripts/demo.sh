#!/usr/bin/env bash
# scripts/demo.sh — set up, build, and code the seed article and the bundled
# sample articles, printing one JSON event a line.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
seed=../shared/seed/000_86e53175df0a9543.txt
inputs=(sample)
[ -f "$seed" ] && inputs=("$seed" sample)
build/sitrep code "${inputs[@]}"
