using k8s.Models;

namespace NeuronOrleans.Silo.Tests.Support;

/// <summary>The environment Kubernetes gives a container of the rendered manifests, for a pod of a given name and IP.</summary>
internal static class PodEnvironment
{
    public const string Namespace = "neuron-orleans";

    public static Dictionary<string, string> Of(V1Container container, RenderedManifests manifests, string podName, string podIp)
    {
        var environment = new Dictionary<string, string>();
        foreach (var source in container.EnvFrom ?? [])
            foreach (var (key, value) in manifests.Single<V1ConfigMap>(source.ConfigMapRef.Name).Data)
                environment[key] = value;
        foreach (var variable in container.Env ?? [])
            environment[variable.Name] = variable.Value ?? variable.ValueFrom switch
            {
                { SecretKeyRef: { } secret } => manifests.Single<V1Secret>(secret.Name).StringData[secret.Key],
                { FieldRef.FieldPath: "metadata.name" } => podName,
                { FieldRef.FieldPath: "metadata.namespace" } => Namespace,
                { FieldRef.FieldPath: "status.podIP" } => podIp,
                _ => throw new NotSupportedException($"Environment variable {variable.Name} of container {container.Name} has an unknown source."),
            };
        return environment;
    }
}
