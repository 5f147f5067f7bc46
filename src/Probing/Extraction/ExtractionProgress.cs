namespace NeuronOrleans.Probing.Extraction;

/// <summary>Images stored so far (including those of an earlier, interrupted run) out of the total.</summary>
public readonly record struct ExtractionProgress(int ImagesDone, int ImageCount);
