using System.Net.Http.Json;
using System.Text.Json;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Web;

/// <summary>
/// <c>serve --watch DIR</c>: a report dropped into a watched folder while the server runs becomes searchable, searches
/// keep answering meanwhile, and /health says when the index last changed.
/// </summary>
public class WatchTests
{
    [Test]
    public async Task A_report_added_to_a_watched_folder_is_indexed_while_serving()
    {
        using var index = new WebIndex();
        using var incoming = new TempFolder();
        using var host = WebHost.On(index, ("Watch:0", incoming.Path), ("WatchSeconds", "1"));
        using var client = host.CreateClient();

        var before = await Health(client);
        Assert.That(before.GetProperty("reports").GetInt32(), Is.EqualTo(6));
        var changedBefore = before.GetProperty("index_changed").GetDateTimeOffset();

        // A new township's report arrives: seed 001 under a new name, with its township renamed in a phrase we search for.
        var text = File.ReadAllText(SeedFiles.Reports[1]).Replace("全年无信息公开申请", "全年无信息公开申请（新到报告标记）", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(incoming.Path, "arrived.txt"), text);

        JsonElement found = default;
        for (var i = 0; i < 100; i++)
        {
            // Searches answer throughout; the new report shows up once the watcher has indexed it.
            found = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("\"新到报告标记\""));
            if (found.GetProperty("total").GetInt32() == 1) break;
            await Task.Delay(200);
        }
        Assert.That(found.GetProperty("total").GetInt32(), Is.EqualTo(1), "the watched report became searchable");
        var after = await Health(client);
        Assert.Multiple(() =>
        {
            Assert.That(after.GetProperty("reports").GetInt32(), Is.EqualTo(7));
            Assert.That(after.GetProperty("index_changed").GetDateTimeOffset(), Is.GreaterThanOrEqualTo(changedBefore));
        });
    }

    private static async Task<JsonElement> Health(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>("/health");
}
