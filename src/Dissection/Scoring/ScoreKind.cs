namespace NeuronOrleans.Dissection.Scoring;

/// <summary>The scores of ALGORITHM §5.</summary>
public enum ScoreKind
{
    Iou,
    Imrou,
    Imroun,
}
