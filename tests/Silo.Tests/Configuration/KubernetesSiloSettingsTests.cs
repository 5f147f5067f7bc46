using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NeuronOrleans.Silo.Configuration;
using NeuronOrleans.Silo.Hosting;
using NeuronOrleans.Silo.Tests.Support;
using Orleans.Configuration;

namespace NeuronOrleans.Silo.Tests.Configuration;

/// <summary>
/// The silo as the manifests configure it: the rendered Deployment's environment is bound the way
/// Program.cs binds it, and the silo's effective options are read from the built (not started)
/// host, since Kubernetes hosting needs a real API server to start.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class KubernetesSiloSettingsTests
{
    private const string PodIp = "10.244.1.7";

    [Theory]
    [InlineData("cpu")]
    [InlineData("gpu")]
    public async Task A_silo_pod_gets_kubernetes_clustering_on_its_container_ports(string compute)
    {
        var manifests = await RenderedManifests.RenderAsync("dev");
        var deployment = manifests.Silo(compute);
        var container = deployment.Spec.Template.Spec.Containers.Single();
        var ports = container.Ports.ToDictionary(p => p.Name, p => p.ContainerPort);
        var podName = $"{deployment.Metadata.Name}-5d8f9-x2k4q";
        using var environment = new EnvironmentScope(PodEnvironment.Of(container, manifests, podName, PodIp));

        var builder = WebApplication.CreateBuilder();
        var settings = builder.Configuration.GetSection(SiloSettings.Section).Get<SiloSettings>()!;
        builder.UseOrleans(silo => silo.ConfigureNeuronOrleans(settings));
        await using var app = builder.Build();

        Assert.Equal(ClusteringMode.Kubernetes, settings.Clustering);
        Assert.Equal(StorageMode.Azure, settings.Storage);
        Assert.Equal(ports["http"], settings.HttpPort);
        var endpoints = app.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        Assert.Equal(ports["silo"], endpoints.SiloPort);
        Assert.Equal(ports["gateway"], endpoints.GatewayPort);
        // Orleans' own default (the host's address, which in a pod is the pod IP) comes before POD_IP.
        Assert.False(IPAddress.IsLoopback(endpoints.AdvertisedIPAddress));
        Assert.Equal(new IPEndPoint(IPAddress.Any, ports["silo"]), endpoints.SiloListeningEndpoint);
        var cluster = app.Services.GetRequiredService<IOptions<ClusterOptions>>().Value;
        Assert.Equal(deployment.Spec.Template.Metadata.Labels["orleans/clusterId"], cluster.ClusterId);
        Assert.Equal(deployment.Spec.Template.Metadata.Labels["orleans/serviceId"], cluster.ServiceId);
        Assert.Equal(podName, app.Services.GetRequiredService<IOptions<SiloOptions>>().Value.SiloName);
    }

    [Fact]
    public async Task The_submit_jobs_arguments_only_use_variables_its_container_defines()
    {
        var manifests = await RenderedManifests.RenderAsync("prod");
        var container = manifests.Objects.OfType<k8s.Models.V1Job>().Single().Spec.Template.Spec.Containers.Single();
        var defined = (container.Env ?? []).Select(e => e.Name)
            .Concat(container.EnvFrom.SelectMany(s => manifests.Single<k8s.Models.V1ConfigMap>(s.ConfigMapRef.Name).Data.Keys)).ToHashSet();
        var used = container.Args.SelectMany(a => Regex.Matches(a, @"\$\(([^)]+)\)").Select(m => m.Groups[1].Value)).ToList();
        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.Contains(name, defined));
    }
}
