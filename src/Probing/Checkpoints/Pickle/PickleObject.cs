namespace NeuronOrleans.Probing.Checkpoints.Pickle;

/// <summary>
/// An object of a class the reader does not interpret (e.g. a numpy scalar stored as
/// <c>best_prec1</c>). Kept opaque so that unknown side entries of a checkpoint never fail a load.
/// </summary>
public sealed class PickleObject(PickleGlobal type, object?[] arguments)
{
    public PickleGlobal Type { get; } = type;

    public object?[] Arguments { get; } = arguments;

    /// <summary>The value a BUILD opcode passed to <c>__setstate__</c>, if any.</summary>
    public object? State { get; set; }
}
