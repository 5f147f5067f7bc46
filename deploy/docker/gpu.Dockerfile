# The GPU image: as the CPU image, with the CUDA build of libtorch (MSBuild property
# TorchBackend=cuda selects the package TorchSharp-cuda-linux uses) on an NVIDIA CUDA runtime.
# Build from the repository root on a machine that reaches NuGet (the CUDA packages are large):
#   docker build -f deploy/docker/gpu.Dockerfile -t neuron-orleans-silo-gpu:dev .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Silo -c Release -p:TorchBackend=cuda -o /app/silo \
 && dotnet publish src/Coordinator -c Release -p:TorchBackend=cuda -o /app/coordinator

FROM nvidia/cuda:12.8.1-cudnn-runtime-ubuntu24.04
RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 ca-certificates && rm -rf /var/lib/apt/lists/*
# The ASP.NET Core runtime, taken from Microsoft's runtime image.
COPY --from=mcr.microsoft.com/dotnet/aspnet:10.0 /usr/share/dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet
ENV NVIDIA_VISIBLE_DEVICES=all NVIDIA_DRIVER_CAPABILITIES=compute,utility
COPY --from=build /app /app
EXPOSE 11111 30000 8080
ENTRYPOINT ["dotnet", "/app/silo/NeuronOrleans.Silo.dll"]
