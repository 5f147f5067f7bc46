using System.Reflection;
using Microsoft.Extensions.Configuration;
using NeuronOrleans.Dissection.MaskBank;

namespace NeuronOrleans.Coordinator.Cli;

/// <summary>
/// Reads a JSON settings file (comments and trailing commas allowed) into a job's settings records.
/// The file is flat: each key is a property of one record, named by its configuration key (camelCase
/// or as the record says); a key no record has is refused by name, so a misspelt one is never ignored.
/// </summary>
public static class SettingsFile
{
    /// <exception cref="UserInputException">The file is missing, unreadable, holds an unknown key or a value of the wrong type.</exception>
    public static JobSettings Read(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new UserInputException($"Settings file {path} does not exist.");
        try
        {
            var file = new ConfigurationBuilder().AddJsonFile(full, optional: false, reloadOnChange: false).Build();
            var settings = new JobSettings();
            object[] records = [settings.Inputs, settings.Search, settings.MaskBank, settings.Report];
            var known = records.SelectMany(record => Keys(record.GetType())).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var unknown = file.GetChildren().Select(key => key.Key).Where(key => !known.Contains(key)).ToList();
            if (unknown.Count > 0)
                throw new UserInputException($"Settings file {path}: unknown setting{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(k => $"'{k}'"))}.");
            foreach (var record in records) file.Bind(record);
            return settings;
        }
        catch (Exception error) when (error is InvalidOperationException or InvalidDataException or FormatException)
        {
            throw new UserInputException($"Settings file {path}: {error.Message}{(error.InnerException is { } cause ? $" ({cause.Message})" : "")}", error);
        }
    }

    /// <summary>The keys a record binds. The grid is the activations' to decide, not the file's.</summary>
    private static IEnumerable<string> Keys(Type record) =>
        record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanWrite && property.Name != nameof(MaskBankSettings.Grid))
            .Select(property => property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name);
}
