namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>How a label map becomes grid cells (ALGORITHM §2.1).</summary>
public enum DownsamplingMode
{
    /// <summary>A cell is true when enough pixels of its block carry the label.</summary>
    Block = 0,

    /// <summary>The boolean map resized bilinearly to the grid, then thresholded at 0.5.</summary>
    Bilinear = 1,
}
