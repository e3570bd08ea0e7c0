namespace BorderScreening.Domain.Indicators;

/// <summary>
/// A youth rate of a statutory minimum wage: from <paramref name="FromAge"/> until the next youth
/// rate (or the adult age) a worker is owed <paramref name="Share"/> of the adult hourly minimum.
/// </summary>
/// <param name="FromAge">Age in whole years from which the share applies.</param>
/// <param name="Share">Fraction of the adult minimum, in (0, 1].</param>
public sealed record YouthMinimumWage(int FromAge, decimal Share);
