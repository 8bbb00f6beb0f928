using ReportSearch.CorpusGen.Randomness;

namespace ReportSearch.CorpusGen.Tables;

/// <summary>
/// Fills the tables the way real townships do: mostly zeros, a few applications handled in the year, now and
/// then an appeal, a busier township issuing licences and penalties; every total consistent (勾稽关系).
/// </summary>
public static class TableValueSampler
{
    /// <param name="activity">0..1, how busy the township is; stable across its years.</param>
    public static TableValues Sample(Rng rng, string edition, double activity)
    {
        var values = new TableValues(edition);
        if (edition == TemplateSchema.Edition2021) Proactive2021(rng, values, activity);
        else Proactive2019(rng, values, activity);
        Requests(rng, values, activity);
        Appeals(rng, values, activity);
        return values;
    }

    private static void Proactive2021(Rng rng, TableValues v, double activity)
    {
        if (rng.Chance(0.12))
        {
            v["art20.normative_docs.issued"] = rng.Between(1, 3);
            if (rng.Chance(0.3)) v["art20.normative_docs.repealed"] = 1;
            v["art20.normative_docs.in_force"] = v["art20.normative_docs.issued"] + rng.Between(0, 6);
        }
        v["art20.licensing.decisions"] = Count(rng, 0.25 + 0.4 * activity, 300 * activity + 5);
        v["art20.penalty.decisions"] = Count(rng, 0.15 + 0.3 * activity, 60 * activity + 3);
        v["art20.enforcement.decisions"] = Count(rng, 0.05 + 0.1 * activity, 8);
        if (rng.Chance(0.06)) v["art20.fees.amount_wan"] = Money(rng, 0.1, 30, 2);
    }

    private static void Proactive2019(Rng rng, TableValues v, double activity)
    {
        if (rng.Chance(0.12))
        {
            v["art20.normative_docs.made"] = rng.Between(1, 3);
            v["art20.normative_docs.published"] = v["art20.normative_docs.made"];
            v["art20.normative_docs.public_total"] = v["art20.normative_docs.made"] + rng.Between(0, 6);
        }
        foreach (var (row, p, max) in new[] { ("licensing", 0.35, 300.0), ("other_services", 0.2, 60), ("penalty", 0.2, 60), ("enforcement", 0.08, 8) })
        {
            if (!rng.Chance(p + 0.3 * activity)) continue;
            v[$"art20.{row}.prev_items"] = rng.Between(1, 25);
            if (rng.Chance(0.2)) v[$"art20.{row}.delta"] = rng.Between(-2, 3);
            v[$"art20.{row}.decisions"] = Count(rng, 0.8, max * activity + 3);
        }
        if (rng.Chance(0.08)) v["art20.fees.prev_items"] = rng.Between(1, 4);
        if (rng.Chance(0.1))
        {
            v["art20.procurement.items"] = rng.Between(1, 3);
            v["art20.procurement.amount_wan"] = Money(rng, 0.5, 80, rng.Chance(0.5) ? 2 : 4);
        }
    }

    private static readonly (string Column, double Chance, int Max)[] Applicants =
    [
        ("natural_person", 1.0, 8), ("business", 0.25, 3), ("research", 0.03, 1),
        ("social_welfare", 0.03, 1), ("legal_services", 0.06, 2), ("other_org", 0.05, 2),
    ];

    private static void Requests(Rng rng, TableValues v, double activity)
    {
        var rows = TemplateSchema.ResultRowKeys(v.Edition).ToList();
        var weights = rows.Select(ResultWeight).ToList();
        if (rng.Chance(0.12 + 0.25 * activity))
        {
            foreach (var (column, chance, max) in Applicants)
            {
                if (!rng.Chance(chance)) continue;
                var fresh = rng.Between(1, max);
                var carried = rng.Chance(0.12) ? rng.Between(1, 2) : 0;
                var forward = rng.Chance(0.15) ? rng.Between(0, Math.Min(2, fresh + carried)) : 0;
                v[$"requests.new.{column}"] = fresh;
                v[$"requests.carried_over.{column}"] = carried;
                v[$"requests.carry_forward.{column}"] = forward;
                for (var i = 0; i < fresh + carried - forward; i++)
                {
                    var key = $"requests.{rows[rng.PickWeighted(weights)]}.{column}";
                    v[key] = v[key] + 1;
                }
            }
        }
        Totals(v);
    }

    /// <summary>Fills every 总计 of table 三 from its parts.</summary>
    public static void Totals(TableValues v)
    {
        var columns = TemplateSchema.RequestColumns.Select(c => c.Key).Where(c => c != "total").ToList();
        var rows = TemplateSchema.ResultRowKeys(v.Edition).ToList();
        foreach (var c in columns) v[$"requests.result.total.{c}"] = rows.Sum(r => v[$"requests.{r}.{c}"]);
        foreach (var row in TemplateSchema.RequestRows(v.Edition))
            v[$"requests.{row.Key}.total"] = columns.Sum(c => v[$"requests.{row.Key}.{c}"]);
    }

    private static double ResultWeight(string row) => row switch
    {
        "result.disclosed" => 45, "result.partly_disclosed" => 10, "result.unavailable.not_held" => 20,
        "result.unavailable.needs_creation" => 3, "result.unavailable.unclear" => 4,
        "result.not_processed.petition" => 5, "result.not_processed.duplicate" => 3,
        "result.withheld.third_party" => 3, "result.withheld.process_info" => 3, "result.withheld.internal_affairs" => 2,
        "result.other" => 5, "result.other.overdue_correction" => 3, "result.other.other" => 3,
        _ => 0.7,
    };

    private static void Appeals(Rng rng, TableValues v, double activity)
    {
        foreach (var (group, chance) in new[] { ("review", 0.02 + 0.04 * activity), ("suit_direct", 0.015 + 0.02 * activity), ("suit_after_review", 0.006) })
        {
            if (rng.Chance(chance))
            {
                var n = rng.Between(1, 2);
                var columns = new[] { "upheld", "corrected", "other", "pending" };
                var weights = new double[] { 5, 1, 1.5, 2 };
                for (var i = 0; i < n; i++)
                {
                    var key = $"appeals.{group}.{columns[rng.PickWeighted(weights)]}";
                    v[key] = v[key] + 1;
                }
            }
            v[$"appeals.{group}.total"] = new[] { "upheld", "corrected", "other", "pending" }.Sum(c => v[$"appeals.{group}.{c}"]);
        }
    }

    /// <summary>Zero, or with probability <paramref name="p"/> a count skewed towards small numbers up to <paramref name="max"/>.</summary>
    private static double Count(Rng rng, double p, double max)
    {
        if (!rng.Chance(Math.Min(1, p))) return 0;
        var u = rng.NextDouble();
        return Math.Max(1, Math.Round(u * u * Math.Max(1, max)));
    }

    private static double Money(Rng rng, double min, double max, int digits) =>
        Math.Round(min + rng.NextDouble() * rng.NextDouble() * (max - min), digits);
}
