using NeuronOrleans.Silo.Hosting;

namespace NeuronOrleans.TestSupport;

/// <summary>
/// The real silo program on free loopback ports, returned once its health endpoint answers:
/// alone with localhost clustering and local-folder storage, or as a member of a cluster that
/// meets in Azure Table storage and keeps its state in Azure Blob storage.
/// </summary>
public sealed class SiloProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly ChildProcess _process;

    private SiloProcess(ChildProcess process, int httpPort, int gatewayPort)
    {
        _process = process;
        HttpPort = httpPort;
        GatewayPort = gatewayPort;
    }

    public int HttpPort { get; }
    public int GatewayPort { get; }
    public string Output => _process.AllOutput;

    /// <param name="environment">Variables for the silo process, e.g. <c>NeuronOrleans__Clustering</c>.</param>
    public static Task<SiloProcess> StartLocalAsync(string dataFolder, IReadOnlyDictionary<string, string>? environment = null, params string[] settings) => StartAsync(ports =>
        ["--NeuronOrleans:PrimarySiloPort", $"{ports.Silo}", "--NeuronOrleans:DataFolder", dataFolder, .. settings], environment);

    /// <param name="settings">More silo settings, e.g. <c>--NeuronOrleans:TensorBackendOnCpu true</c>.</param>
    public static Task<SiloProcess> StartAzureAsync(string connectionString, string clusterId, int maxConcurrentSearches, params string[] settings) => StartAsync(_ =>
        ["--NeuronOrleans:Clustering", "azure", "--NeuronOrleans:Storage", "azure",
         "--NeuronOrleans:AzureStorageConnectionString", connectionString, "--NeuronOrleans:ClusterId", clusterId,
         "--NeuronOrleans:MaxConcurrentSearches", $"{maxConcurrentSearches}", .. settings]);

    public async Task<string> GetAsync(string path)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        return await http.GetStringAsync($"http://127.0.0.1:{HttpPort}{path}");
    }

    /// <summary>kill -9: the silo vanishes without leaving the cluster.</summary>
    public void Kill() => _process.Kill();

    public void Dispose() => _process.Dispose();

    private static async Task<SiloProcess> StartAsync(Func<(int Silo, int Gateway), string[]> settings, IReadOnlyDictionary<string, string>? environment = null)
    {
        var ports = FreePorts.Take(3);
        var process = ChildProcess.Start("dotnet", [RepositoryPaths.SiloAssembly,
            "--NeuronOrleans:HttpPort", $"{ports[0]}", "--NeuronOrleans:SiloPort", $"{ports[1]}", "--NeuronOrleans:GatewayPort", $"{ports[2]}",
            .. settings((ports[1], ports[2]))], environment: environment);
        var silo = new SiloProcess(process, ports[0], ports[2]);
        try
        {
            await silo.WaitUntilHealthyAsync();
            return silo;
        }
        catch
        {
            silo.Dispose();
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if (await GetAsync(SiloEndpoints.HealthPath) == "Healthy") return;
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // Not listening or not a member yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The silo was not healthy within {StartTimeout} (exited: {_process.HasExited}):\n{_process.AllOutput}");
    }
}
