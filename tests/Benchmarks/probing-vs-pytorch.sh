#!/usr/bin/env bash
# Probing throughput end to end, neuron-orleans beside PyTorch on the same images and cores:
# the CLI probes the first IMAGES images of a Broden folder with the random-weight ResNet-18 (its
# "Probing:" line: from the sweep's start to the last stored shard), and pytorch_probe.py runs
# PIL + the same preprocessing + ResNet-18 to layer4 with a 2-worker DataLoader.
#
#   bash tests/Benchmarks/probing-vs-pytorch.sh BRODEN_FOLDER [IMAGES]    (default 1024)
set -euo pipefail
cd "$(dirname "$0")/../.."

data=$(realpath "$1"); images=${2:-1024}
cli=(dotnet src/Coordinator/bin/Release/net10.0/linux-x64/neuron-orleans.dll)
dotnet build src/Coordinator -c Release -v q -nologo >/dev/null

# A view of the dataset whose index holds the first IMAGES rows; the dataset itself is not written.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/broden"
for entry in "$data"/*; do
  [ "$(basename "$entry")" = index_ade20k.csv ] || ln -s "$entry" "$work/broden/"
done
head -n $((images + 1)) "$data/index_ade20k.csv" > "$work/broden/index_ade20k.csv"

"${cli[@]}" run --broden "$work/broden" --neurons 0-0 --max-length 1 --no-html --out "$work/out" > "$work/log" 2>&1 \
  || { cat "$work/log"; exit 1; }
echo "neuron-orleans: $(grep '^Probing:' "$work/log" | sed 's/^Probing: //')"
/usr/bin/python3 tests/Benchmarks/pytorch_probe.py "$work/broden" "$images"
