using System.CommandLine;
using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace NeuronOrleans.Coordinator.Cli;

/// <summary>How the cluster commands reach a running cluster: a gateway address or the Azure membership table.</summary>
public sealed class ClusterConnection
{
    private readonly Option<string> _gateway = new("--gateway") { Description = "Gateway host:port of a silo (default 127.0.0.1:30000)" };
    private readonly Option<string> _azure = new("--azure-storage") { Description = "Azure Storage connection string of the cluster's membership table" };
    private readonly Option<string> _clusterId = new("--cluster-id") { Description = "Cluster id (default neuron-orleans)" };
    private readonly Option<string> _serviceId = new("--service-id") { Description = "Service id (default neuron-orleans)" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _gateway, _azure, _clusterId, _serviceId }) command.Options.Add(option);
    }

    public async Task<IHost> ConnectAsync(ParseResult parse, CancellationToken cancellation)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = parse.GetValue(_clusterId) ?? "neuron-orleans";
                o.ServiceId = parse.GetValue(_serviceId) ?? "neuron-orleans";
            });
            if (parse.GetValue(_azure) is { } connection)
                client.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(connection));
            else
                client.UseStaticClustering(Gateway(parse.GetValue(_gateway) ?? "127.0.0.1:30000"));
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new InvalidOperationException($"Cannot reach the cluster: {error.Message}", error);
        }
        return host;
    }

    private static IPEndPoint Gateway(string text) =>
        IPEndPoint.TryParse(text, out var endpoint) && endpoint.Port != 0
            ? endpoint
            : throw new UserInputException($"--gateway '{text}' is not an address like 127.0.0.1:30000.");
}
