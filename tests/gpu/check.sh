#!/usr/bin/env bash
# Device check of the GPU count backend: on a full-size synthetic bank (22,210 images, 1,200
# labels) the torch backend must count every formula shape and run whole beam searches exactly
# like the CPU engine; then both count the same beam passes and formula evaluations per second
# are printed. Without CUDA it says so and checks the same kernels on CPU tensors.
#   tests/gpu/check.sh [--images N] [--labels N] [--neurons N] [--repeats N]
# Exit code 0 only when everything was equal. Takes about a minute on a GPU machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bundle=${GPU_CHECK_BUNDLE:-$here/bundle}

if [[ ! -x $bundle/GpuCheck ]]; then
  if command -v dotnet >/dev/null; then
    "$here/publish.sh" "$bundle"
  else
    echo "No bundle in $bundle and no .NET SDK here: run tests/gpu/publish.sh on a build machine and copy the folder." >&2
    exit 2
  fi
fi

if [[ ! -e $bundle/libtorch_cpu.so ]]; then
  # A bundle without libtorch: load the one of this machine's PyTorch, with its CUDA libraries.
  if ! torch_lib=$(python3 -c 'import os, torch; print(os.path.join(os.path.dirname(torch.__file__), "lib"))' 2>/dev/null); then
    echo "The bundle has no libtorch and python3 cannot import torch: publish with TORCH_BACKEND=cpu or cuda." >&2
    exit 2
  fi
  echo "libtorch: PyTorch $(python3 -c 'import torch; print(torch.__version__, "CUDA", torch.version.cuda)') in $torch_lib"
  export LD_LIBRARY_PATH="$torch_lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi

if command -v nvidia-smi >/dev/null; then
  nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
else
  echo "nvidia-smi not found: no NVIDIA driver on this machine"
fi
exec "$bundle/GpuCheck" "$@"
