using BorderScreening.Application.Feeds.Paxlst;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>
/// Reads UN/EDIFACT PNRGOV interchanges (PNR data pushed to states, versions 11.1 to 15.1) into
/// <see cref="BorderScreening.Domain.Records.TravellerRecord"/>s: one record per passenger of every
/// PNR of every message, carrying the booking facts. Tolerant but honest: unknown segments and
/// common deviations are skipped with a warning on the records concerned; what cannot be read is
/// reported per PNR with its segment position. Card numbers never leave the reader (a keyed
/// reference and the last four digits do). Never throws. See docs/feeds.md.
/// </summary>
public sealed class PnrgovReader
{
    /// <summary>Reads one interchange (or several, concatenated).</summary>
    public ParsedBatch Read(string content, PnrgovReadOptions options) =>
        EdifactBatch.Guard(() => ReadCore(content ?? "", options ?? new PnrgovReadOptions()));

    private static ParsedBatch ReadCore(string content, PnrgovReadOptions options)
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
        var messages = 0;
        PnrgovMessageBuilder? current = null;
        var tooMany = false;

        void Close(string? missingUnt)
        {
            if (current is null)
            {
                return;
            }

            if (missingUnt is not null)
            {
                current.Warnings.Add(missingUnt);
            }

            var built = current.Build(records.Count, validator);
            current = null;
            errors.AddRange(built.Errors);
            tooMany |= records.Count + built.Records.Count > limits.MaxRecordsPerBatch;
            if (!tooMany)
            {
                records.AddRange(built.Records);
            }
        }

        foreach (var segment in lex.Segments)
        {
            switch (segment.Tag)
            {
                case "UNB" or "UNG" or "UNE" or "UNZ":
                    envelope.AddRange(segment.Notes);
                    Close($"{segment.Where}: the message ended without UNT");
                    break;
                case "UNH":
                    Close($"{segment.Where}: the previous message ended without UNT");
                    messages++;
                    current = new PnrgovMessageBuilder(messages, segment, options);
                    break;
                case "UNT" when current is not null:
                    current.End(segment);
                    Close(null);
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

            if (tooMany)
            {
                break;
            }
        }

        Close("the interchange ended inside a message (no UNT)");
        if (tooMany)
        {
            return ParsedBatch.Unreadable(new FieldError(
                "interchange", $"holds more than {limits.MaxRecordsPerBatch} passengers; at most {limits.MaxRecordsPerBatch} are accepted in one batch"));
        }

        if (messages == 0)
        {
            errors.Add(new FieldError("interchange", "holds no UNH message"));
        }

        var withEnvelope = envelope.Count == 0
            ? records
            : records.Select(r => r with { Warnings = [.. envelope, .. r.Warnings] }).ToList();
        return new ParsedBatch(withEnvelope, errors);
    }
}
