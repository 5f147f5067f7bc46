using k8s.Models;
using NeuronOrleans.Silo.Tests.Support;

namespace NeuronOrleans.Silo.Tests.Deploy;

public sealed class KubernetesManifestTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Each_overlay_renders_and_validates_against_the_Kubernetes_schemas(string overlay)
    {
        var manifests = await RenderedManifests.RenderAsync(overlay);
        var file = Path.Combine(Directory.CreateTempSubdirectory("neuron-orleans-k8s-").FullName, $"{overlay}.yaml");
        File.WriteAllText(file, manifests.Yaml);
        var (valid, report) = await KubernetesTools.ValidateAsync(file);
        Assert.True(valid, report);
        Assert.Equal(manifests.Objects.Count, report.Split('\n').Count(l => l.StartsWith("valid")));

        Assert.Single(manifests.Objects.OfType<V1Namespace>());
        Assert.Equal("neuron-orleans-silo", manifests.Silo("cpu").Spec.Template.Spec.ServiceAccountName);
        Assert.Contains(manifests.Single<V1Role>("neuron-orleans-silo").Rules, r => r.Resources.Contains("pods") && r.Verbs.Contains("patch") && r.Verbs.Contains("watch"));
        Assert.Single(manifests.Objects.OfType<V1Job>());
        Assert.Single(manifests.Objects.OfType<V1PersistentVolumeClaim>());
    }

    [Fact]
    public async Task The_secret_template_validates()
    {
        var (valid, report) = await KubernetesTools.ValidateAsync(Path.Combine(KubernetesTools.Overlay("prod"), "azure-storage-secret.template.yaml"));
        Assert.True(valid, report);
    }

    [Fact]
    public async Task Gpu_silos_ask_for_a_gpu_on_gpu_nodes_and_run_the_gpu_image()
    {
        var gpu = (await RenderedManifests.RenderAsync("prod")).Silo("gpu");
        var pod = gpu.Spec.Template.Spec;
        Assert.Equal("1", pod.Containers.Single().Resources.Limits["nvidia.com/gpu"].ToString());
        Assert.Equal("true", pod.NodeSelector["nvidia.com/gpu.present"]);
        Assert.Contains(pod.Tolerations, t => t.Key == "nvidia.com/gpu");
        Assert.StartsWith("myregistry.azurecr.io/neuron-orleans-silo-gpu:", pod.Containers.Single().Image);
        Assert.Equal("gpu", gpu.Spec.Selector.MatchLabels["neuronorleans/compute"]);
    }

    [Fact]
    public async Task The_dev_overlay_runs_azurite_and_no_gpu_silos()
    {
        var dev = await RenderedManifests.RenderAsync("dev");
        Assert.Equal(0, dev.Silo("gpu").Spec.Replicas);
        Assert.Contains("TableEndpoint=http://azurite:10002", dev.Single<V1Secret>("neuron-orleans-azure-storage").StringData["connection-string"]);
        Assert.Contains(dev.Single<V1Service>("azurite").Spec.Ports, p => p.Port == 10002);
    }

    [Fact]
    public async Task Services_and_scrape_annotations_point_at_the_silo_container_ports()
    {
        var prod = await RenderedManifests.RenderAsync("prod");
        foreach (var silo in new[] { prod.Silo("cpu"), prod.Silo("gpu") })
        {
            var ports = silo.Spec.Template.Spec.Containers.Single().Ports.ToDictionary(p => p.Name, p => p.ContainerPort);
            Assert.Equal(ports["http"].ToString(), silo.Spec.Template.Metadata.Annotations["prometheus.io/port"]);
            foreach (var service in new[] { prod.Single<V1Service>("neuron-orleans-silo"), prod.Single<V1Service>("neuron-orleans-metrics") })
            {
                Assert.All(service.Spec.Selector, s => Assert.Equal(s.Value, silo.Spec.Template.Metadata.Labels[s.Key]));
                Assert.All(service.Spec.Ports, p => Assert.Contains(p.TargetPort.Value, ports.Keys));
            }
        }
    }
}
