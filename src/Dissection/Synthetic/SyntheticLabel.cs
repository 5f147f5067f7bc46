namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>
/// A label of the synthetic catalogue and how it looks: the colour label painted under it, its own
/// shade of that colour and a stripe pattern, so that every label is visibly distinct in the JPEG.
/// </summary>
/// <param name="Name">File form, '_' for spaces, with the <c>-c</c>/<c>-s</c> suffix where Broden has one.</param>
/// <param name="Color">The colour label's global number (its own number for colour labels).</param>
/// <param name="StripeX">Stripe direction and period: a pixel's band is <c>(StripeX·x + StripeY·y) / StripePeriod</c>.</param>
internal sealed record SyntheticLabel(
    int Number, string Name, string Category, int Color,
    byte R, byte G, byte B, int StripeX, int StripeY, int StripePeriod, int StripeAmplitude);
