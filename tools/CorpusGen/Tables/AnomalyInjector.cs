using ReportSearch.CorpusGen.Randomness;
using ReportSearch.Model;

namespace ReportSearch.CorpusGen.Tables;

/// <summary>
/// Spoils one thing in a report's tables, the way real reports go wrong, and says what it did: a total that does
/// not add up, a row with one number too many (seed 004's table 四), a table left out, or prose that states a
/// different number of applications from table 三.
/// </summary>
public static class AnomalyInjector
{
    /// <summary>What was injected; <see cref="StatedRequests"/> is the number the prose must state instead of table 三's.</summary>
    public sealed record Injection(Anomaly Anomaly, int? StatedRequests);

    public static Injection Inject(Rng rng, TableValues values)
    {
        switch (rng.PickWeighted([0.4, 0.25, 0.2, 0.15]))
        {
            case 0:
                return SumMismatch(rng, values);
            case 1:
            {
                var row = rng.Pick<string>(["appeals", "appeals", "requests.carried_over", "requests.result.withheld.state_secret", "art20.rules"]);
                values.ExtraCellRow = row;
                var table = TableValues.TableOf(row);
                return new(new Anomaly(table, AnomalyKinds.CellCount, $"the {row} row has one number more than the template's columns"), null);
            }
            case 2:
            {
                var inTable = (int)values["requests.new.total"];
                var stated = inTable == 0 ? rng.Between(1, 20) : rng.Chance(0.5) ? 0 : inTable + rng.Between(1, 9);
                return new(new Anomaly("requests", AnomalyKinds.TextTableConflict,
                    $"the prose states {stated} applications received, table 三 has {inTable} new"), stated);
            }
            default:
            {
                var table = rng.Pick<string>(["appeals", "appeals", "proactive", "requests"]);
                values.MissingTable = table;
                return new(new Anomaly(table, AnomalyKinds.MissingTable, $"the {table} table is left out"), null);
            }
        }
    }

    private static Injection SumMismatch(Rng rng, TableValues values)
    {
        var delta = rng.Chance(0.7) ? rng.Between(1, 3) : -1;
        string key;
        if (rng.Chance(0.3))
        {
            key = "appeals." + rng.Pick(TemplateSchema.AppealGroups) + ".total";
        }
        else
        {
            key = rng.Pick<string>(["requests.new.total", "requests.result.total.total", "requests.result.total.natural_person",
                "requests.carry_forward.total", "requests.result.disclosed.total"]);
        }
        if (values[key] + delta < 0) delta = -delta;
        values[key] += delta;
        var table = TableValues.TableOf(key);
        return new(new Anomaly(table, AnomalyKinds.SumMismatch, $"{key} is written as {values[key]}, {delta:+0;-0} from the sum of its parts"), null);
    }
}
