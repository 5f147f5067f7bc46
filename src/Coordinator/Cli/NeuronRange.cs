using System.Globalization;

namespace NeuronOrleans.Coordinator.Cli;

/// <summary>An inclusive neuron range as typed: <c>0-511</c> or <c>7</c>.</summary>
public readonly record struct NeuronRange(int First, int Last)
{
    public static NeuronRange Parse(string text)
    {
        var parts = text.Split('-');
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int first)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int last)
            && first <= last)
            return new NeuronRange(first, last);
        throw new UserInputException($"--neurons '{text}' is not a range like 0-511 or a single neuron like 7.");
    }

    /// <summary>Checks the range against the units the activations have.</summary>
    public NeuronRange Within(int units, string source) => Last < units
        ? this
        : throw new UserInputException($"--neurons {this} is out of range: {source} has units 0-{units - 1}.");

    public override string ToString() => First == Last ? $"{First}" : $"{First}-{Last}";
}
