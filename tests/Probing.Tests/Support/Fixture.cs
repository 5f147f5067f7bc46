namespace NeuronOrleans.Probing.Tests.Support;

/// <summary>Paths of the files made by Fixtures/make_fixtures.py (copied next to the test assembly).</summary>
internal static class Fixture
{
    public static readonly string[] Images = ["a", "b", "c", "grey"];

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Image(string name) => Path(System.IO.Path.Combine("images", name));

    public static string ZipCheckpoint => Path("tiny_resnet18.zip.pth.tar");

    public static string LegacyCheckpoint => Path("tiny_resnet18.legacy.pth.tar");

    public static string LegacyV1Checkpoint => Path("tiny_resnet18.legacy_v1.pth.tar");
}
