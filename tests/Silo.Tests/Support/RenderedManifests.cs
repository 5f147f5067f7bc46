using k8s;
using k8s.Models;

namespace NeuronOrleans.Silo.Tests.Support;

/// <summary>An overlay rendered by kustomize and read into the Kubernetes client's typed models.</summary>
internal sealed class RenderedManifests
{
    private RenderedManifests(string yaml, IReadOnlyList<object> objects)
    {
        Yaml = yaml;
        Objects = objects;
    }

    public string Yaml { get; }
    public IReadOnlyList<object> Objects { get; }

    /// <summary>Renders the overlay; strict reading fails on any field the API types do not have.</summary>
    public static async Task<RenderedManifests> RenderAsync(string overlay)
    {
        var yaml = await KubernetesTools.RenderAsync(KubernetesTools.Overlay(overlay));
        return new RenderedManifests(yaml, KubernetesYaml.LoadAllFromString(yaml, strict: true));
    }

    public T Single<T>(string name) where T : IKubernetesObject<V1ObjectMeta> =>
        Objects.OfType<T>().Single(o => o.Metadata.Name == name);

    public V1Deployment Silo(string compute) => Single<V1Deployment>($"neuron-orleans-silo-{compute}");
}
