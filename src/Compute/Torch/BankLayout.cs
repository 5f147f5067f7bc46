using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Torch;

/// <summary>
/// All primitive masks of a bank as one int64 tensor [2·slots, words]: row l holds label l's mask,
/// row slots + l its EXPAND mask (slots = largest label number + 1); absent masks are zero rows.
/// </summary>
internal static class BankLayout
{
    /// <summary>Rows copied per host-to-device transfer, to bound the host staging memory.</summary>
    private const int UploadRows = 64;

    public static long Row(LabelMaskBank bank, Formula primitive) => primitive switch
    {
        LeafFormula leaf => leaf.Label,
        ExpandFormula expand => Slots(bank) + expand.Label,
        _ => throw new ArgumentException($"'{primitive}' is not a primitive.", nameof(primitive)),
    };

    public static Tensor Upload(LabelMaskBank bank, Device device)
    {
        int slots = Slots(bank), rows = 2 * slots;
        var masks = torch.zeros(rows, bank.WordCount, ScalarType.Int64, device).DetachFromDisposeScope();
        using var staging = torch.zeros(UploadRows, bank.WordCount, ScalarType.Int64);
        for (int start = 0; start < rows; start += UploadRows)
        {
            int count = Math.Min(UploadRows, rows - start);
            for (int i = 0; i < count; i++)
            {
                int row = start + i;
                var mask = row < slots ? bank.Plain(row) : bank.Expanded(row - slots);
                HostWords.Write(staging, i, mask);
            }
            using var target = masks.narrow(0, start, count);
            using var source = staging.narrow(0, 0, count);
            target.copy_(source);
        }
        return masks;
    }

    private static int Slots(LabelMaskBank bank) => bank.Labels.MaxNumber + 1;
}
