namespace NeuronOrleans.Dissection.Broden;

/// <summary>
/// A Broden dataset file is missing or does not have the expected content. The message names
/// the file and, where it applies, the line, column, pixel or value at fault.
/// </summary>
public sealed class BrodenFormatException : Exception
{
    public BrodenFormatException(string message) : base(message) { }

    public BrodenFormatException(string message, Exception inner) : base(message, inner) { }
}
