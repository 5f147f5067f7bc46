# The CPU image: the silo (entry point) and the coordinator CLI (for the submit Job).
# Build from the repository root:  docker build -f deploy/docker/cpu.Dockerfile -t neuron-orleans-silo:dev .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Silo -c Release -o /app/silo \
 && dotnet publish src/Coordinator -c Release -o /app/coordinator

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# libtorch (activation extraction, the torch backend) needs OpenMP.
RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
EXPOSE 11111 30000 8080
ENTRYPOINT ["dotnet", "/app/silo/NeuronOrleans.Silo.dll"]
