namespace BorderScreening.Application.Catalogues;

/// <summary>A candidate catalogue kept in Blob storage (the file itself is immutable once stored).</summary>
/// <param name="Version">The catalogue's version (also its blob name).</param>
/// <param name="ContentHash">The catalogue's content hash (tells two files with one version apart).</param>
/// <param name="Indicators">Number of indicators in it.</param>
/// <param name="UploadedBy">Subject of the uploader ("shipped" for the catalogue built into the product).</param>
/// <param name="UploadedAt">When it was stored.</param>
public sealed record StoredCatalogue(string Version, string ContentHash, int Indicators, string UploadedBy, DateTimeOffset? UploadedAt);
