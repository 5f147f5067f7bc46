using System.Net.Http.Json;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace NeuronOrleans.Silo.Tests.Support;

/// <summary>
/// Debian's Prometheus on a loopback port, configured by the committed static scrape config with
/// only its target and interval changed for the test.
/// </summary>
internal sealed class PrometheusServer : IDisposable
{
    public const string Program = "/usr/bin/prometheus";
    private static readonly TimeSpan ResultTimeout = TimeSpan.FromSeconds(60);
    private readonly ChildProcess _process;
    private readonly string _folder;
    private readonly HttpClient _http;

    private PrometheusServer(ChildProcess process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public static async Task<PrometheusServer> StartAsync(int siloHttpPort)
    {
        var folder = Directory.CreateTempSubdirectory("neuron-orleans-prometheus-").FullName;
        var config = Path.Combine(folder, "prometheus.yml");
        File.WriteAllText(config, TestConfig(siloHttpPort));
        int port = FreePorts.Take(1)[0];
        var process = ChildProcess.Start(Program, [$"--config.file={config}", $"--storage.tsdb.path={Path.Combine(folder, "data")}",
            $"--web.listen-address=127.0.0.1:{port}"]);
        var server = new PrometheusServer(process, folder, port);
        try
        {
            await server.WaitForResultAsync("up");
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>The instant query's result vector; throws with Prometheus' error when the query is rejected.</summary>
    public async Task<IReadOnlyList<JsonElement>> QueryAsync(string promql)
    {
        using var response = await _http.GetAsync($"/api/v1/query?query={Uri.EscapeDataString(promql)}");
        // While its storage opens, Prometheus answers 503 in plain text.
        if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable)
            throw new HttpRequestException("Prometheus is still starting.", null, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.GetProperty("status").GetString() != "success")
            throw new InvalidOperationException($"Prometheus rejected `{promql}`: {body}");
        return [.. body.GetProperty("data").GetProperty("result").EnumerateArray()];
    }

    /// <summary>Polls until the query returns a non-empty result (the first scrapes take a moment).</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForResultAsync(string promql)
    {
        var deadline = DateTime.UtcNow + ResultTimeout;
        while (true)
        {
            try
            {
                if (await QueryAsync(promql) is { Count: > 0 } result) return result;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline || _process.HasExited)
                throw new TimeoutException($"No result for `{promql}` within {ResultTimeout}:\n{_process.AllOutput}");
            await Task.Delay(500);
        }
    }

    /// <summary>The committed static config, scraping the test's silo every second.</summary>
    private static string TestConfig(int siloHttpPort)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Deploy, "prometheus", "prometheus.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        ((YamlMappingNode)root["global"]).Children["scrape_interval"] = new YamlScalarNode("1s");
        var job = ((YamlSequenceNode)root["scrape_configs"]).Cast<YamlMappingNode>().Single(j => j["job_name"].ToString() == "neuron-orleans");
        var targets = (YamlMappingNode)((YamlSequenceNode)job["static_configs"])[0];
        targets.Children["targets"] = new YamlSequenceNode(new YamlScalarNode($"127.0.0.1:{siloHttpPort}"));
        using var writer = new StringWriter();
        yaml.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    public void Dispose()
    {
        _http.Dispose();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
