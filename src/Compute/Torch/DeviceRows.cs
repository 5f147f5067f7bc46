using TorchSharp;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Torch;

/// <summary>Collects mask rows scattered over several device tensors into one [rows, words] tensor.</summary>
internal static class DeviceRows
{
    /// <summary>A new tensor the caller may overwrite.</summary>
    public static Tensor Gather(IReadOnlyList<Location> locations, long words, Device device)
    {
        var sources = BySource(locations);
        if (sources.Count == 1)
        {
            using var rows = Index(sources[0].Rows, device);
            return sources[0].Source.index_select(0, rows);
        }
        var gathered = torch.empty(locations.Count, words, ScalarType.Int64, device);
        foreach (var (source, positions, rowsOfSource) in sources)
        {
            using var rows = Index(rowsOfSource, device);
            using var part = source.index_select(0, rows);
            using var at = Index(positions, device);
            gathered.index_copy_(0, at, part);
        }
        return gathered;
    }

    /// <summary>Read-only rows: a view when they are consecutive in one tensor (a batch's own result), else a gathered copy.</summary>
    public static Tensor Read(IReadOnlyList<Location> locations, long words, Device device)
    {
        var first = locations[0];
        bool consecutive = true;
        for (int i = 1; i < locations.Count && consecutive; i++)
            consecutive = ReferenceEquals(locations[i].Source, first.Source) && locations[i].Row == first.Row + i;
        return consecutive ? first.Source.narrow(0, first.Row, locations.Count) : Gather(locations, words, device);
    }

    public static Tensor Index(IReadOnlyList<long> values, Device device) =>
        torch.tensor(values as long[] ?? [.. values], ScalarType.Int64, device);

    private static List<(Tensor Source, List<long> Positions, List<long> Rows)> BySource(IReadOnlyList<Location> locations)
    {
        var groups = new List<(Tensor Source, List<long> Positions, List<long> Rows)>();
        for (int i = 0; i < locations.Count; i++)
        {
            var location = locations[i];
            int group = groups.FindIndex(g => ReferenceEquals(g.Source, location.Source));
            if (group < 0)
            {
                groups.Add((location.Source, [], []));
                group = groups.Count - 1;
            }
            groups[group].Positions.Add(i);
            groups[group].Rows.Add(location.Row);
        }
        return groups;
    }
}
