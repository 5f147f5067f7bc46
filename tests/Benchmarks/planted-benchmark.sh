#!/usr/bin/env bash
# The planted-formula benchmark: generated data whose units each fire on a known formula of
# every kind (single, OR, AND, AND NOT, WITH, CLOSE, CLOSE TO; lengths 1-3), swept FL3 with the
# original and the thorough search, then judged per kind: identical, recovered (mask IoU >= 0.95),
# missed (the planted formula outscores the answer). Prints a markdown table and the sweep times.
#
#   bash tests/Benchmarks/planted-benchmark.sh [DATA_FOLDER [UNITS [generate options]]]
#   bash tests/Benchmarks/planted-benchmark.sh                  (4,000 images, Broden's label counts, 128 units)
#   bash tests/Benchmarks/planted-benchmark.sh ~/.cache/neuron-orleans/planted-full 196 --broden-size
set -euo pipefail
cd "$(dirname "$0")/../.."

data=${1:-$HOME/.cache/neuron-orleans/planted-4000}
units=${2:-128}
shift 2 || shift $#
generate=("$@")
[ ${#generate[@]} -eq 0 ] && generate=(--broden-size --images 4000)
cli=(dotnet src/Coordinator/bin/Release/net10.0/linux-x64/neuron-orleans.dll)
dotnet build src/Coordinator -c Release -v q -nologo >/dev/null

if [ ! -f "$data/planted.csv" ]; then
  echo "generating $data (once)"
  "${cli[@]}" generate "${generate[@]}" --planted-units "$units" --out "$data" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=()
for mode in original thorough; do
  "${cli[@]}" run --broden "$data" --activations "$data/activations.npy" --search "$mode" --no-html \
    --out "$work/$mode" --cache "$work/cache" > "$work/log-$mode" 2>&1
  echo "$mode: $(grep -E '^Took' "$work/log-$mode")"
  results+=(--results "$mode=$(ls "$work/$mode"/*/results_*.csv)")
done
"${cli[@]}" planted-report --broden "$data" --activations "$data/activations.npy" --cache "$work/cache" \
  --planted "$data/planted.csv" "${results[@]}"
