namespace NeuronOrleans.EndToEnd.Tests.Support;

/// <summary>Real silo processes forming one cluster through Azure Table membership, state in Azure Blob storage.</summary>
internal sealed class SiloProcesses : IDisposable
{
    private readonly List<ChildProcess> _silos = [];

    private SiloProcesses(string clusterId) => ClusterId = clusterId;

    public string ClusterId { get; }

    public IReadOnlyList<ChildProcess> Silos => _silos;

    public static async Task<SiloProcesses> StartAsync(int count, string connectionString, string workingDirectory)
    {
        var cluster = new SiloProcesses("e2e-" + Guid.NewGuid().ToString("N")[..12]);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var healthUrls = new List<string>();
        for (int i = 0; i < count; i++)
        {
            int httpPort = FreePorts.Take(1)[0];
            cluster._silos.Add(ChildProcess.Start("dotnet",
            [RepositoryPaths.SiloAssembly,
                "--NeuronOrleans:Clustering", "azure", "--NeuronOrleans:Storage", "azure",
                "--NeuronOrleans:AzureStorageConnectionString", connectionString,
                "--NeuronOrleans:ClusterId", cluster.ClusterId,
                "--NeuronOrleans:SiloPort", $"{FreePorts.Take(1)[0]}", "--NeuronOrleans:GatewayPort", $"{FreePorts.Take(1)[0]}",
                "--NeuronOrleans:HttpPort", $"{httpPort}", "--NeuronOrleans:MaxConcurrentSearches", "1",
            ], workingDirectory));
            healthUrls.Add($"http://127.0.0.1:{httpPort}/health");
        }
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        foreach (var (url, silo) in healthUrls.Zip(cluster._silos))
        {
            while (true)
            {
                if (silo.HasExited) throw new InvalidOperationException($"A silo exited:\n{silo.Output}\n{silo.Error}");
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"{url} never became healthy:\n{silo.Output}\n{silo.Error}");
                try
                {
                    if ((await http.GetAsync(url)).IsSuccessStatusCode) break;
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }
                await Task.Delay(250);
            }
        }
        return cluster;
    }

    public void Dispose()
    {
        foreach (var silo in _silos) silo.Dispose();
    }
}
