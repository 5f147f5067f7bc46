using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace NeuronOrleans.Reports.Tests.Browser;

/// <summary>
/// Runs browser/check-report.mjs with node: headless Chromium (CHROMIUM_PATH, default
/// /usr/bin/chromium) driven by playwright-core from browser/node_modules. CI installs both;
/// missing pieces fail with the command that installs them.
/// </summary>
internal static class BrowserCheck
{
    private const string DefaultChromium = "/usr/bin/chromium";

    public static JsonElement Run(string reportPath, string screenshotFolder, string filterText, int anchorNeuron)
    {
        string folder = typeof(BrowserCheck).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BrowserCheckFolder").Value!;
        string chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? DefaultChromium;
        Assert.True(File.Exists(chromium), $"Chromium not found at {chromium}: install it with 'apt-get install -y chromium' or set CHROMIUM_PATH.");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "playwright-core")),
            $"playwright-core is missing: run 'npm ci --prefix {folder}'.");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "check-report.mjs", reportPath, screenshotFolder, filterText, anchorNeuron.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        start.Environment["CHROMIUM_PATH"] = chromium;

        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var error = node.StandardError.ReadToEndAsync();
        string output = node.StandardOutput.ReadToEnd();
        Assert.True(node.WaitForExit(TimeSpan.FromMinutes(2)), "The browser check did not finish within two minutes.");
        Assert.True(node.ExitCode == 0, $"The browser check failed (exit {node.ExitCode}):\n{error.Result}\n{output}");
        return JsonDocument.Parse(output).RootElement;
    }
}
