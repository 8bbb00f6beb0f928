using Microsoft.Data.Sqlite;

namespace ReportSearch.Search;

/// <summary>
/// Per-report facet and filter values held in arrays indexed by report id, as Lucene's doc values are: counting
/// facets over a result of 100,000 reports is then a loop over integers, not a GROUP BY. Region names and template
/// editions are interned to small integers (-1 = unknown).
/// </summary>
internal sealed class DocValues
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _nameIds = new(StringComparer.Ordinal);

    private DocValues(int size)
    {
        Exists = new bool[size];
        Year = new int[size];
        Province = new int[size];
        City = new int[size];
        County = new int[size];
        Township = new int[size];
        Template = new int[size];
        Sections = new int[size];
        Categories = new int[size];
        Anomalies = new int[size];
    }

    public bool[] Exists { get; }
    public int[] Year { get; }
    public int[] Province { get; }
    public int[] City { get; }
    public int[] County { get; }
    public int[] Township { get; }
    public int[] Template { get; }
    public int[] Sections { get; }
    public int[] Categories { get; }
    public int[] Anomalies { get; }

    /// <summary>Every report id, ascending.</summary>
    public List<long> Ids { get; } = [];

    public string Name(int id) => _names[id];

    /// <summary>How many distinct names are interned (ids are 0 to this − 1).</summary>
    public int NameCount => _names.Count;

    /// <summary>Each interned name's place in ordinal order (by name id): facets order ties by it without comparing strings.</summary>
    public int[] NameRanks => _nameRanks ??= RankNames();

    private int[]? _nameRanks;

    private int[] RankNames()
    {
        var order = Enumerable.Range(0, _names.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(_names[a], _names[b]));
        var ranks = new int[order.Length];
        for (var i = 0; i < order.Length; i++) ranks[order[i]] = i;
        return ranks;
    }

    /// <summary>The interned id of a name, or -2 (matches nothing) when no report has it.</summary>
    public int IdOf(string name) => _nameIds.TryGetValue(name, out var id) ? id : -2;

    public static DocValues Load(SqliteConnection connection)
    {
        using var max = connection.CreateCommand();
        max.CommandText = "SELECT coalesce(max(id), 0) FROM reports";
        var values = new DocValues((int)(long)max.ExecuteScalar()! + 1);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, year, province, city, county, township, template, section_mask, category_mask, anomaly_mask
            FROM reports ORDER BY id
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = (int)reader.GetInt64(0);
            values.Ids.Add(id);
            values.Exists[id] = true;
            values.Year[id] = reader.IsDBNull(1) ? 0 : reader.GetInt32(1);
            values.Province[id] = values.Intern(reader, 2);
            values.City[id] = values.Intern(reader, 3);
            values.County[id] = values.Intern(reader, 4);
            values.Township[id] = values.Intern(reader, 5);
            values.Template[id] = values.Intern(reader, 6);
            values.Sections[id] = reader.GetInt32(7);
            values.Categories[id] = reader.GetInt32(8);
            values.Anomalies[id] = reader.GetInt32(9);
        }
        return values;
    }

    private int Intern(SqliteDataReader reader, int column)
    {
        if (reader.IsDBNull(column)) return -1;
        var name = reader.GetString(column);
        if (_nameIds.TryGetValue(name, out var id)) return id;
        _names.Add(name);
        return _nameIds[name] = _names.Count - 1;
    }
}
