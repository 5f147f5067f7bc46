using System.Net;
using System.Text;

namespace NeuronOrleans.Reports.Html;

/// <summary>Small pieces shared by the page and the cards; every text passes through <see cref="Encode"/>.</summary>
internal static class HtmlParts
{
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A term and its value inside a <c>dl</c>, grouped so that CSS can lay pairs out as tiles.</summary>
    public static void Term(StringBuilder html, string term, string value) =>
        html.Append("<div><dt>").Append(Encode(term)).Append("</dt><dd>").Append(Encode(value)).Append("</dd></div>");
}
