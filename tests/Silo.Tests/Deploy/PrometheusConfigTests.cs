using NeuronOrleans.Silo.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace NeuronOrleans.Silo.Tests.Deploy;

public sealed class PrometheusConfigTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Deploy, "prometheus");

    [Fact]
    public async Task Promtool_accepts_the_static_scrape_config() =>
        await AssertPromtoolAccepts(Path.Combine(Folder, "prometheus.yml"));

    /// <summary>
    /// Debian builds Prometheus without Kubernetes discovery, so its promtool checks the config with
    /// the discovery block swapped for an empty static one: everything else (relabelling regexes,
    /// intervals) is checked as written.
    /// </summary>
    [Fact]
    public async Task Promtool_accepts_the_kubernetes_scrape_config_apart_from_discovery()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Folder, "prometheus-kubernetes.yml"))));
        var job = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["scrape_configs"])[0];
        var discovery = (YamlMappingNode)((YamlSequenceNode)job["kubernetes_sd_configs"])[0];
        Assert.Equal("pod", discovery["role"].ToString());
        Assert.Equal(PodEnvironment.Namespace, ((YamlSequenceNode)((YamlMappingNode)discovery["namespaces"])["names"])[0].ToString());
        job.Children.Remove("kubernetes_sd_configs");
        job.Children["static_configs"] = new YamlSequenceNode(new YamlMappingNode("targets", new YamlSequenceNode()));

        var file = Path.Combine(Directory.CreateTempSubdirectory("neuron-orleans-promtool-").FullName, "prometheus.yml");
        using (var writer = File.CreateText(file)) yaml.Save(writer, assignAnchors: false);
        await AssertPromtoolAccepts(file);
    }

    private static async Task AssertPromtoolAccepts(string file)
    {
        var (exitCode, output, errors) = await ChildProcess.RunAsync("/usr/bin/promtool", ["check", "config", file], TimeSpan.FromMinutes(1));
        Assert.True(exitCode == 0, output + errors);
    }
}
