namespace BorderScreening.Application.Feeds;

/// <summary>
/// One problem with an input, located by a path a feed engineer can follow: a JSON path
/// ("records[3].document.number"), a traveller position in a PAXLST message
/// ("message[1].traveller[4].DOC"), or a CSV line and column ("line 7.wage").
/// </summary>
public sealed record FieldError(string Path, string Message);
