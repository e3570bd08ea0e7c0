using System.Globalization;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// Reads UN/EDIFACT PAXLST interchanges (advance passenger information, D:02B and D:05B) into
/// <see cref="BorderScreening.Domain.Records.TravellerRecord"/>s: one record per traveller (NAD FL, FM, DDT, DDU) of every
/// message. Deviations real carrier traffic contains are read and reported as warnings on the
/// records; only what cannot be read is an error, located by message, traveller, segment number
/// and tag. Never throws. See docs/feeds.md.
/// </summary>
public sealed class PaxlstReader
{
    /// <summary>Reads one interchange.</summary>
    public ParsedBatch Read(string content, PaxlstReadOptions options) =>
        EdifactBatch.Guard(() => ReadCore(content ?? "", options ?? new PaxlstReadOptions()));

    private static ParsedBatch ReadCore(string content, PaxlstReadOptions options)
    {
        var limits = options.Limits ?? new FeedLimits();
        var (lex, unreadable) = EdifactBatch.Lex(content, limits);
        if (lex is null)
        {
            return unreadable!;
        }

        var validator = new RecordValidator(limits);
        var envelope = new List<string>(lex.Warnings);
        var errors = new List<FieldError>();
        var records = new List<ParsedRecord>();
        var controlRef = "";
        var sawUnb = false;
        var sawUnz = false;
        var messages = 0;
        var interchangeMessages = 0;
        var messageReferences = new HashSet<string>(StringComparer.Ordinal);
        var groups = 0;
        var groupMessages = 0;
        var groupRef = "";
        PaxlstMessageBuilder? current = null;

        bool Close(string? missingUntWarning)
        {
            if (current is null)
            {
                return true;
            }

            if (missingUntWarning is not null)
            {
                current.Warnings.Add(missingUntWarning);
            }

            var built = current.Build(records.Count, validator, options);
            current = null;
            errors.AddRange(built.Errors);
            if (records.Count + built.Records.Count > limits.MaxRecordsPerBatch)
            {
                return false;
            }

            records.AddRange(built.Records);
            return true;
        }

        ParsedBatch TooMany() => ParsedBatch.Unreadable(new FieldError(
            "interchange", $"holds more than {limits.MaxRecordsPerBatch} travellers; at most {limits.MaxRecordsPerBatch} are accepted in one batch"));

        foreach (var segment in lex.Segments)
        {
            switch (segment.Tag)
            {
                case "UNB":
                    envelope.AddRange(segment.Notes);
                    if (!Close($"{segment.Where}: the previous message ended without UNT"))
                    {
                        return TooMany();
                    }

                    if (sawUnb && !sawUnz)
                    {
                        envelope.Add($"{segment.Where}: a new interchange begins before the previous one's UNZ");
                    }

                    // Another interchange in the same input: its references and counts start afresh.
                    sawUnb = true;
                    sawUnz = false;
                    interchangeMessages = 0;
                    groups = 0;
                    controlRef = segment.Value(5);
                    if (controlRef.Length == 0)
                    {
                        envelope.Add($"{segment.Where}: no interchange control reference");
                    }

                    break;
                case "UNG":
                    envelope.AddRange(segment.Notes);
                    groups++;
                    groupMessages = 0;
                    groupRef = segment.Value(5);
                    break;
                case "UNE":
                    envelope.AddRange(segment.Notes);
                    if (!Close($"{segment.Where}: message ended without UNT"))
                    {
                        return TooMany();
                    }

                    CheckCount(envelope, segment, "messages in the group", groupMessages);
                    CheckReference(envelope, segment, 2, groupRef, "UNG");
                    break;
                case "UNH":
                    if (!Close($"{segment.Where}: the previous message ended without UNT"))
                    {
                        return TooMany();
                    }

                    messages++;
                    interchangeMessages++;
                    groupMessages++;
                    current = new PaxlstMessageBuilder(messages, segment, controlRef, options.Today);
                    if (!messageReferences.Add($"{controlRef}/{current.Reference}"))
                    {
                        // A retransmission concatenated to the original is screened once; a carrier
                        // reusing a reference for different travellers needs to know.
                        current.Warnings.Add($"{segment.Where}: message reference '{current.Reference}' repeats an earlier message of interchange '{controlRef}'; its travellers share source identities with that message's");
                    }
                    break;
                case "UNT":
                    if (current is null)
                    {
                        envelope.Add($"{segment.Where}: UNT without UNH ignored");
                        break;
                    }

                    current.End(segment);
                    if (!Close(null))
                    {
                        return TooMany();
                    }

                    break;
                case "UNZ":
                    envelope.AddRange(segment.Notes);
                    sawUnz = true;
                    if (!Close($"{segment.Where}: the last message ended without UNT"))
                    {
                        return TooMany();
                    }

                    CheckCount(envelope, segment, groups > 0 ? "groups" : "messages", groups > 0 ? groups : interchangeMessages);
                    CheckReference(envelope, segment, 2, controlRef, "UNB");
                    break;
                default:
                    if (current is not null)
                    {
                        current.Add(segment);
                    }
                    else
                    {
                        envelope.Add($"{segment.Where}: outside a message (no UNH before it); ignored");
                    }

                    break;
            }
        }

        if (!Close("the interchange ended inside a message (no UNT)"))
        {
            return TooMany();
        }

        if (!sawUnb)
        {
            envelope.Add("no UNB interchange header; message references stand alone");
        }
        else if (!sawUnz)
        {
            envelope.Add("no UNZ interchange trailer (truncated interchange?)");
        }

        if (messages == 0)
        {
            errors.Add(new FieldError("interchange", "holds no UNH message"));
        }

        // Envelope deviations concern every traveller of the interchange.
        var withEnvelope = envelope.Count == 0
            ? records
            : records.Select(r => r with { Warnings = [.. envelope, .. r.Warnings] }).ToList();
        return new ParsedBatch(withEnvelope, errors);
    }

    private static void CheckCount(List<string> warnings, EdifactSegment segment, string what, int actual)
    {
        var declared = segment.Value(1);
        if (!int.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count != actual)
        {
            warnings.Add($"{segment.Where}: declares {(declared.Length == 0 ? "no count" : declared)} {what}, the interchange holds {actual}");
        }
    }

    private static void CheckReference(List<string> warnings, EdifactSegment segment, int element, string expected, string header)
    {
        var actual = segment.Value(element);
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            warnings.Add($"{segment.Where}: reference '{actual}' does not match {header} reference '{expected}'");
        }
    }
}
