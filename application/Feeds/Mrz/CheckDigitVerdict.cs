namespace BorderScreening.Application.Feeds.Mrz;

/// <summary>The verdict on one MRZ check digit.</summary>
/// <param name="Name">Which check digit: documentNumber, birthDate, expiry, personalNumber or composite.</param>
/// <param name="Declared">The character printed in the MRZ.</param>
/// <param name="Computed">The digit computed with the 7-3-1 weighting.</param>
/// <param name="IsValid">Whether the printed check digit matches.</param>
public sealed record CheckDigitVerdict(string Name, char Declared, int Computed, bool IsValid);
