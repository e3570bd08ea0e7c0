using BorderScreening.Domain.Records;

namespace BorderScreening.Model.Synthetic;

/// <summary>An employer of the generator's world: the company, its sector and where it houses workers.</summary>
internal sealed record Employer(Party Party, string Sector, string HousingAddress);
