namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>Helpers for several label maps of one image read as one OR-ed map.</summary>
internal static class LabelPlanes
{
    /// <summary>
    /// Whether an earlier plane holds the same label at this pixel, so that a pixel counts once per
    /// label however many planes carry it.
    /// </summary>
    public static bool RepeatsEarlierPlane(ReadOnlySpan<ushort[]> planes, int plane, int pixel, ushort label)
    {
        for (int earlier = 0; earlier < plane; earlier++)
            if (planes[earlier][pixel] == label) return true;
        return false;
    }
}
