using System.Globalization;
using NeuronOrleans.Reports.Output;

namespace NeuronOrleans.Reports.Html;

/// <summary>Number formats of the HTML report, one place so that every view agrees.</summary>
internal static class Num
{
    public static string Score(double value) => FixedPoint.Format(value, 4);

    public static string Caption(double value) => FixedPoint.Format(value, 3);

    public static string Percent(double fraction) => FixedPoint.Format(100 * fraction, 2) + " %";

    /// <summary>Without trailing zeros, for settings such as the low-score cut (0.01).</summary>
    public static string Short(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Threshold(double value) => FixedPoint.Format(value, 2);

    /// <summary>Full precision for data attributes that drive sorting.</summary>
    public static string Data(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
