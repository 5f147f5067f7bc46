using System.Net.Sockets;

namespace NeuronOrleans.EndToEnd.Tests.Support;

/// <summary>The Azure Storage emulator on free loopback ports, with its data in a temp folder.</summary>
internal sealed class Azurite : IDisposable
{
    // Azurite's well-known development account.
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _folder;
    private readonly int[] _ports;
    private ChildProcess _process;

    private Azurite(ChildProcess process, string folder, int blob, int queue, int table)
    {
        _process = process;
        _folder = folder;
        _ports = [blob, queue, table];
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/{Account};QueueEndpoint=http://127.0.0.1:{queue}/{Account};TableEndpoint=http://127.0.0.1:{table}/{Account};";
    }

    public string ConnectionString { get; }

    public static async Task<Azurite> StartAsync(string folder)
    {
        if (!File.Exists(RepositoryPaths.Azurite))
            throw new InvalidOperationException($"Azurite is not installed at {RepositoryPaths.Azurite}: run tests/setup.sh.");
        Directory.CreateDirectory(folder);
        int blob = FreePorts.Take(1)[0], queue = FreePorts.Take(1)[0], table = FreePorts.Take(1)[0];
        var process = Launch(folder, blob, queue, table);
        var azurite = new Azurite(process, folder, blob, queue, table);
        foreach (int port in new[] { blob, table }) await WaitForPort(port, process);
        return azurite;
    }

    /// <summary>Kills the emulator: every storage call fails until <see cref="RestartAsync"/>.</summary>
    public void Stop() => _process.Dispose();

    /// <summary>Starts the emulator again on the same ports and data, as after an outage.</summary>
    public async Task RestartAsync()
    {
        _process = Launch(_folder, _ports[0], _ports[1], _ports[2]);
        foreach (int port in new[] { _ports[0], _ports[2] }) await WaitForPort(port, _process);
    }

    private static ChildProcess Launch(string folder, int blob, int queue, int table) => ChildProcess.Start(RepositoryPaths.Azurite,
        ["--silent", "--skipApiVersionCheck", "--location", folder, "--blobHost", "127.0.0.1", "--blobPort", $"{blob}",
         "--queueHost", "127.0.0.1", "--queuePort", $"{queue}", "--tableHost", "127.0.0.1", "--tablePort", $"{table}"], folder);

    private static async Task WaitForPort(int port, ChildProcess process)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException("Azurite exited: " + process.Error);
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(200);
            }
        }
        throw new TimeoutException($"Azurite did not listen on port {port}.");
    }

    public void Dispose() => _process.Dispose();
}
