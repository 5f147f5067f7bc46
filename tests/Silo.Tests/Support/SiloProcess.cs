using NeuronOrleans.Silo.Hosting;

namespace NeuronOrleans.Silo.Tests.Support;

/// <summary>The real silo program on loopback ports: localhost clustering, local-folder storage.</summary>
internal sealed class SiloProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
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

    public static async Task<SiloProcess> StartAsync(string dataFolder)
    {
        var ports = FreePorts.Take(3);
        var process = ChildProcess.Start("dotnet", [RepositoryPaths.SiloAssembly,
            "--NeuronOrleans:HttpPort", $"{ports[0]}", "--NeuronOrleans:SiloPort", $"{ports[1]}",
            "--NeuronOrleans:PrimarySiloPort", $"{ports[1]}", "--NeuronOrleans:GatewayPort", $"{ports[2]}",
            "--NeuronOrleans:DataFolder", dataFolder]);
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

    public async Task<string> GetAsync(string path)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        return await http.GetStringAsync($"http://127.0.0.1:{HttpPort}{path}");
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
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The silo was not healthy within {StartTimeout} (exited: {_process.HasExited}):\n{_process.AllOutput}");
    }

    public void Dispose() => _process.Dispose();
}
