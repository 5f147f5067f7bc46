#!/usr/bin/env bash
# Full-size sweeps through the CLI, as users run them: a generated Broden-size dataset
# (22,210 images, ~1,200 labels) with 512 planted units, FL3 and FL10, operators close,
# score ImRoUn, HTML on. Each length runs cold (empty --out: label masks built) and warm
# (label masks cached). Prints wall times and the sweep's own time breakdown.
#
#   bash tests/Benchmarks/full-size-sweep.sh [DATA_FOLDER]     (default ~/.cache/neuron-orleans/broden-size)
set -euo pipefail
cd "$(dirname "$0")/../.."

data=${1:-$HOME/.cache/neuron-orleans/broden-size}
cli=(dotnet src/Coordinator/bin/Release/net10.0/linux-x64/neuron-orleans.dll)
dotnet build src/Coordinator -c Release -v q -nologo >/dev/null

if [ ! -f "$data/activations.npy" ]; then
  echo "generating $data (once)"
  "${cli[@]}" generate --broden-size --planted-units 512 --out "$data" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for length in 3 10; do
  for run in cold warm; do
    # Warm runs reuse the cold run's label-mask cache, but start a sweep of their own.
    out="$work/FL$length-$run"
    start=$(date +%s%N)
    "${cli[@]}" run --broden "$data" --activations "$data/activations.npy" --max-length "$length" \
      --out "$out" --cache "$work/cache-FL$length" > "$work/log" 2>&1
    end=$(date +%s%N)
    printf 'FL%-2s %-4s wall %6.1f s | ' "$length" "$run" "$(awk "BEGIN { print ($end - $start) / 1e9 }")"
    grep -E '^(Took|Time per neuron)' "$work/log" | tr '\n' ' '
    echo
  done
done
