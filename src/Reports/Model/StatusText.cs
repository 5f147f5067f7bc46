namespace NeuronOrleans.Reports.Model;

/// <summary>The lower-case words the CSV and the HTML use for a <see cref="NeuronStatus"/>.</summary>
public static class StatusText
{
    public static string Of(NeuronStatus status) => status switch
    {
        NeuronStatus.Explained => "explained",
        NeuronStatus.Unexplained => "unexplained",
        NeuronStatus.Failed => "failed",
        NeuronStatus.Pending => "pending",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
