namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>How far a mask bank build has come: label maps of this many images are done.</summary>
public readonly record struct MaskBankProgress(int ImagesDone, int ImageCount);
