namespace NeuronOrleans.Grains;

[GenerateSerializer]
public enum NeuronStatus
{
    Pending,
    Running,
    Done,
    Failed,
}
