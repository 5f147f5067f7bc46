#!/usr/bin/env bash
# Builds the device check as a self-contained bundle that runs without a .NET SDK.
#   tests/gpu/publish.sh [output folder, default tests/gpu/bundle]
# TORCH_BACKEND picks the libtorch in the bundle (src/Compute/README.md):
#   external (default)  none: check.sh uses the GPU machine's PyTorch libtorch (small bundle)
#   cpu                 libtorch CPU from NuGet (about 0.5 GB; CPU tensors only)
#   cuda                the CUDA libtorch NuGet package (several GB; needs a feed that serves it)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/bundle}
backend=${TORCH_BACKEND:-external}
# A separate artifacts folder, so the switched package set never touches the tree's obj/ folders.
dotnet publish "$here/GpuCheck/GpuCheck.csproj" -c Release -r linux-x64 --self-contained \
  --artifacts-path "$here/.publish-$backend" \
  -p:TorchBackend="$backend" -p:PublishSingleFile=true -p:EnableCompressionInSingleFile=true \
  -o "$out"
du -sh "$out"
