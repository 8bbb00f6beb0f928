namespace ReportSearch.Model;

/// <summary>
/// One number read from a report, with where it came from: <see cref="Quote"/> is the exact line or clause,
/// <see cref="Start"/>..<see cref="End"/> its span in the normalised text.
/// </summary>
/// <param name="Key">A METRICS.md key such as <c>requests.new.total</c> or <c>disclosed.channel.wechat</c>.</param>
/// <param name="Approx">True when written with 多/余/约/近/左右.</param>
/// <param name="Source"><c>table</c> or <c>text</c>.</param>
public sealed record Metric(string Key, double Value, bool Approx, string? Unit, string Source, string Quote, int Start, int End)
{
    public const string FromTable = "table";
    public const string FromText = "text";
}
