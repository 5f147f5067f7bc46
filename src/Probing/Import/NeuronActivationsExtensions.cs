namespace NeuronOrleans.Probing.Import;

/// <summary>Reads for callers that keep a neuron's values rather than threshold them at once.</summary>
public static class NeuronActivationsExtensions
{
    /// <summary>One neuron's values in a new array.</summary>
    public static float[] ReadNeuron(this INeuronActivations activations, int unit)
    {
        var values = new float[(long)activations.Images * activations.Grid.Cells];
        activations.ReadNeuron(unit, values);
        return values;
    }
}
