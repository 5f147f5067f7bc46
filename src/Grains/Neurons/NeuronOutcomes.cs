using NeuronOrleans.Dissection.Broden;

namespace NeuronOrleans.Grains.Neurons;

/// <summary>A failed neuron's outcome, with its error in one line.</summary>
public static class NeuronOutcomes
{
    public static NeuronOutcome Failure(int neuron, Exception error) => new()
    {
        Neuron = neuron,
        Error = Describe(error),
    };

    /// <summary>
    /// One line, so that status output and the CSV's message column stay one row per neuron. Messages
    /// about a bad input file name it and say what is wrong; anything else keeps its type for diagnosis.
    /// </summary>
    public static string Describe(Exception error) => string.Join(' ',
        (error is BrodenFormatException or InvalidDataException ? error.Message : $"{error.GetType().Name}: {error.Message}")
            .Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
