using System.Security.Cryptography;
using System.Text;

namespace BorderScreening.Model.Serving.Features;

/// <summary>
/// The fixed, ordered list of model features. Names describe circumstances and behaviour only:
/// nothing about who someone is (nationality, sex, ethnicity, religion, or proxies such as the
/// document's issuing state) — DESIGN §5. Changing the list changes <see cref="Hash"/>, and a model
/// trained on another schema refuses to load.
/// </summary>
public static class FeatureSchema
{
    /// <summary>Number of features (the vector size the model reads).</summary>
    public const int Count = 36;

    /// <summary>Feature names in vector order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "age_years",
        "is_minor",
        "minor_without_guardian",
        "booking_lead_days",
        "one_way_ticket",
        "cash_payment",
        "paid_by_other_person",
        "paid_by_company",
        "payer_not_travelling_along",
        "co_traveller_count",
        "is_crew",
        "purpose_work",
        "purpose_family",
        "sponsor_private_person",
        "observation_count",
        "observation_control_signs",
        "net_sponsor_30d",
        "net_payer_30d",
        "net_contact_phone_30d",
        "net_contact_email_30d",
        "net_address_30d",
        "net_address_90d",
        "net_booking_agent_7d",
        "net_employer_90d",
        "net_recruitment_agency_90d",
        "is_work_permit",
        "wage_to_minimum_ratio",
        "weekly_hours",
        "fees_in_months_of_minimum_wage",
        "housing_by_employer",
        "documents_not_kept_by_worker",
        "loan_from_employer",
        "not_applied_in_person",
        "permit_adult_entertainment",
        "permit_duration_days",
        "sector_high_risk",
    ];

    /// <summary>SHA-256 (hex) of the names in order: identifies the schema a model was trained on.</summary>
    public static string Hash { get; } = ComputeHash(Names);

    /// <summary>The schema id stored with each assessment's features: the first 16 hex digits of <see cref="Hash"/>.</summary>
    public static string Id => Hash[..16];

    /// <summary>Index of a feature by name.</summary>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown feature '{name}'.", nameof(name));
    }

    internal static string ComputeHash(IReadOnlyList<string> names)
    {
        var text = string.Join('\n', names.Select((n, i) => $"{i}:{n}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
