namespace NeuronOrleans.Dissection.Scoring;

/// <summary>ΣN and Σ N_i² of a neuron over a range of images: the neuron's side of every score.</summary>
public readonly record struct NeuronTotals(long Cells, long SquaredCells);
