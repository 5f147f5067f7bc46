namespace NeuronOrleans.Reports.Model;

/// <summary>The lower-case words the CSV and the HTML use for a <see cref="ExplanationStatus"/>.</summary>
public static class StatusText
{
    public static string Of(ExplanationStatus status) => status switch
    {
        ExplanationStatus.Explained => "explained",
        ExplanationStatus.Unexplained => "unexplained",
        ExplanationStatus.Failed => "failed",
        ExplanationStatus.Pending => "pending",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
