namespace NeuronOrleans.Reports.Tests.Support;

/// <summary>Expected files kept under Golden/ and copied next to the test assembly.</summary>
internal static class Golden
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name)).ReplaceLineEndings("\n");
}
