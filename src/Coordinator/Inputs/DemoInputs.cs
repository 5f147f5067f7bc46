using NeuronOrleans.Dissection.Synthetic;
using NeuronOrleans.Probing.Models;

namespace NeuronOrleans.Coordinator.Inputs;

/// <summary>
/// The demo that runs when no Broden folder or model is given: a generated dataset in Broden's
/// layout and a full-width ResNet-18 with seeded random weights. Made once, then reused.
/// </summary>
public static class DemoInputs
{
    public const int DemoSeed = 1;

    public static string EnsureDataset(string folder, TextWriter log)
    {
        var marker = Path.Combine(folder, ".complete");
        if (File.Exists(marker)) return folder;
        log.WriteLine($"Generating the demo dataset in {folder} ...");
        // Written beside and renamed into place, so an interrupted generation is never mistaken for a dataset.
        var partial = folder + ".partial";
        if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
        new SyntheticBrodenGenerator(new SyntheticBrodenOptions { Seed = DemoSeed }).Write(partial);
        File.WriteAllText(Path.Combine(partial, ".complete"), "");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.Move(partial, folder);
        return folder;
    }

    public static string EnsureModel(string path, TextWriter log)
    {
        if (File.Exists(path)) return path;
        log.WriteLine($"Creating a random-weight ResNet-18 in {path} ...");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var model = ResNetFactory.CreateRandom(ResNetArchitecture.ResNet18(), DemoSeed);
        ResNetCheckpoint.Save(model, path);
        return path;
    }
}
