using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>A mask bank and how <see cref="MaskBankCache"/> obtained it.</summary>
public sealed record MaskBankCacheResult(LabelMaskBank Bank, MaskBankCacheOutcome Outcome);
