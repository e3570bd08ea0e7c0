using BorderScreening.Application.Feeds.Mrz;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Domain.Records;
using FsCheck;
using FsCheck.Fluent;

namespace BorderScreening.Application.Tests.Feeds.Properties;

/// <summary>Generators of valid records and of hostile inputs for the feed readers.</summary>
internal static class FeedGenerators
{
    public static readonly DateOnly Today = new(2026, 11, 28);

    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Alphanumerics = Letters + "0123456789";

    // Airports whose time zone has no daylight saving time, so local times round-trip exactly.
    private static readonly string[] JurisdictionAirports = ["AUA", "CUR", "SXM", "BON", "EUX", "SAB"];
    private static readonly string[] OtherAirports = ["PTY", "BOG", "CCS", "SDQ", "POS", "BGI", "SJU"];

    public static Gen<string> Word(string alphabet, int min, int max) =>
        from length in Gen.Choose(min, max)
        from chars in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), length)
        select new string(chars);

    public static Gen<string> Words(string alphabet, int minWords, int maxWords, int maxLength) =>
        from count in Gen.Choose(minWords, maxWords)
        from words in Gen.ArrayOf(Word(alphabet, 1, maxLength), count)
        select string.Join(' ', words);

    public static Gen<DateOnly> Date(int fromYear, int toYear) =>
        from year in Gen.Choose(fromYear, toYear)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
        select new DateOnly(year, month, day);

    public static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static Gen<List<FlightLeg>> Legs =>
        from arrival in Gen.Elements(true, false)
        from ours in Gen.Elements(JurisdictionAirports)
        from other in Gen.Elements(OtherAirports)
        from via in Gen.Elements(OtherAirports.Where(a => a != "PTY").ToArray())
        from twoLegs in Gen.Elements(true, false)
        from start in Gen.Choose(0, 60 * 24 * 30)
        from duration in Gen.Choose(30, 600)
        from timed in Gen.Elements(true, false)
        let first = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(start)
        let route = arrival
            ? (twoLegs && via != other ? new[] { other, via, ours } : [other, ours])
            : (twoLegs && via != other ? new[] { ours, other, via } : [ours, other])
        select route.Zip(route.Skip(1), (a, b) => (From: a, To: b)).Select((hop, i) => new FlightLeg
        {
            DepartureAirport = hop.From,
            ArrivalAirport = hop.To,
            ScheduledDeparture = timed ? first.AddMinutes(i * (duration + 60)) : null,
            ScheduledArrival = timed ? first.AddMinutes(i * (duration + 60) + duration) : null,
        }).ToList();

    public static Gen<TravellerRecord> Traveller(IReadOnlyList<FlightLeg> legs, string carrier, string flight, int position) =>
        from surname in Words(Letters + "'+:?", 1, 3, 10).Where(s => char.IsAsciiLetter(s[0]) && char.IsAsciiLetter(s[^1]))
        from given in OrNull(Words(Letters, 1, 3, 8))
        from birth in Date(1930, 2025)
        from sex in OrNull(Gen.Elements("M", "F", "X"))
        from nationality in OrNull(Gen.Elements("NLD", "COL", "VEN", "USA", "UTO"))
        from document in OrNull(
            from type in Gen.Elements("P", "I", "V", "C")
            from number in Word(Alphanumerics, 5, 9)
            from state in OrNull(Gen.Elements("NLD", "COL", "VEN", "USA"))
            from expiry in Gen.OneOf(Gen.Constant<DateOnly?>(null), Date(2020, 2040).Select(d => (DateOnly?)d))
            select new TravelDocument { Type = type, Number = number, IssuingState = state, Expiry = expiry })
        from crew in Gen.Elements(false, false, true)
        from transit in Gen.Elements(false, false, true)
        from booking in OrNull(Word(Alphanumerics, 6, 6))
        from phone in OrNull(Word("0123456789", 7, 12).Select(d => "+" + d))
        from email in OrNull(Word(Letters.ToLowerInvariant(), 1, 8).Select(n => n + "@example.org"))
        select new TravellerRecord
        {
            Jurisdiction = Jurisdiction.AW,
            SourceSystem = "GEN",
            MessageReference = "?",
            TravellerReference = "R" + position,
            Carrier = carrier,
            FlightNumber = flight,
            Legs = legs,
            Name = new PersonName { Surname = surname, GivenNames = given },
            BirthDate = birth,
            Audit = sex is null && nationality is null ? null : new ProtectedAttributes { Sex = sex, Nationality = nationality },
            Document = document,
            Role = crew ? TravellerRole.Crew : TravellerRole.Passenger,
            PurposeOfStay = transit ? PurposeOfStay.Transit : null,
            Booking = booking is null ? null : new BookingFacts { GroupReference = booking },
            Contact = phone is null && email is null ? null : new Contact { Phone = phone, Email = email },
        };

    /// <summary>A flight with 1–6 travellers on it (passengers and crew mixed).</summary>
    public static Gen<List<TravellerRecord>> Flight =>
        from legs in Legs
        from carrier in Word(Letters, 2, 2)
        from number in Gen.Choose(1, 9999)
        from count in Gen.Choose(1, 6)
        from travellers in Gen.CollectToList(Enumerable.Range(1, count), i => Traveller(legs, carrier, carrier + number, i))
        select travellers.Select(t => t with { Jurisdiction = ExpectedJurisdiction(t.Legs), Direction = ExpectedDirection(t.Legs) }).ToList();

    private static Jurisdiction ExpectedJurisdiction(IReadOnlyList<FlightLeg> legs) =>
        Airports.JurisdictionOf(legs[^1].ArrivalAirport) ?? Airports.JurisdictionOf(legs[0].DepartureAirport)!.Value;

    private static Direction ExpectedDirection(IReadOnlyList<FlightLeg> legs) =>
        Airports.JurisdictionOf(legs[^1].ArrivalAirport) is null ? Direction.Departure : Direction.Arrival;

    /// <summary>An MRZ layout with fields that fit it.</summary>
    /// <summary>Country codes an MRZ may carry (Doc 9303 Part 3), one-letter D and the organisation codes among them.</summary>
    private static Gen<string> IcaoCode => Gen.Elements("NLD", "UTO", "COL", "VEN", "USA", "DEU", "D", "GBN", "XXA", "UNO", "CUW", "ABW", "SXM", "BES");

    public static Gen<(MrzFormat Format, MrzFields Fields)> Mrz =>
        from format in Gen.Elements(Enum.GetValues<MrzFormat>())
        from surname in Words(Letters, 1, 2, 6)
        from given in Gen.OneOf(Gen.Constant(""), Words(Letters, 1, 2, 6))
        from longNumber in Gen.Elements(false, format is MrzFormat.Td1 or MrzFormat.Td2)
        from number in longNumber ? Word(Alphanumerics, 10, 12) : Word(Alphanumerics, 1, 9)
        from optional in Gen.OneOf(Gen.Constant(""), Word(Alphanumerics, 1, format switch
        {
            MrzFormat.Td1 => 15,
            MrzFormat.Td2 => 7,
            MrzFormat.Td3 => 14,
            MrzFormat.MrvA => 16,
            _ => 8,
        }))
        from optional2 in format == MrzFormat.Td1 ? Gen.OneOf(Gen.Constant(""), Word(Alphanumerics, 1, 11)) : Gen.Constant("")
        from state in IcaoCode
        from nationality in IcaoCode
        from birth in Gen.OneOf(Gen.Constant<DateOnly?>(null), Date(1930, 2025).Select(d => (DateOnly?)d))
        from expiry in Date(1990, 2060)
        from sex in Gen.Elements("M", "F", "X")
        from code in format switch
        {
            MrzFormat.Td3 => Gen.Elements("P", "PD", "PO"),
            MrzFormat.MrvA or MrzFormat.MrvB => Gen.Elements("V", "VA"),
            _ => Gen.Elements("I", "ID", "AC", "C"),
        }
        select (format, new MrzFields
        {
            DocumentCode = code,
            IssuingState = state,
            Surname = surname,
            GivenNames = given,
            DocumentNumber = number,
            Nationality = nationality,
            BirthDate = birth,
            Sex = sex,
            Expiry = expiry,
            OptionalData = longNumber ? "" : optional,
            OptionalData2 = optional2,
        });

    private static Gen<string> CsvText(int maxWords) =>
        Words(Letters + "abcxyz0123456789,\"';-", 1, maxWords, 8)
            .SelectMany(text => Gen.Elements(text, text.Replace(" ", "\r\n", StringComparison.Ordinal), text.Replace(" ", "\n", StringComparison.Ordinal)));

    private static Gen<decimal?> Money(int max) =>
        Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(0, max * 100).Select(cents => (decimal?)(cents / 100m)));

    private static Gen<bool?> Flag => Gen.Elements<bool?>(null, true, false);

    private static Gen<T?> EnumOrNull<T>()
        where T : struct, Enum =>
        Gen.OneOf(Gen.Constant<T?>(null), Gen.Elements(Enum.GetValues<T>()).Select(v => (T?)v));

    /// <summary>Valid work-permit records with awkward text (commas, quotes, line breaks).</summary>
    public static Gen<WorkPermitRecord> WorkPermit =>
        from id in Word(Alphanumerics + "-/", 1, 20)
        from jurisdiction in Gen.Elements(JurisdictionCodes.All.ToArray())
        from applied in Gen.OneOf(Gen.Constant<DateOnly?>(null), Date(2020, 2026).Where(d => d <= Today).Select(d => (DateOnly?)d))
        from surname in CsvText(3)
        from given in OrNull(CsvText(2))
        from birth in Date(1940, 2010)
        from employerId in OrNull(Word(Alphanumerics, 3, 12))
        from employerName in CsvText(4)
        from employerKind in EnumOrNull<PartyKind>()
        from sector in OrNull(Gen.Elements("HOSPITALITY", "CONSTRUCTION", "DOMESTIC"))
        from permitType in Gen.Elements(Enum.GetValues<PermitType>())
        from duration in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 3660).Select(d => (int?)d))
        from wage in Money(100)
        from hours in Money(168)
        from housing in Flag
        from address in OrNull(CsvText(5))
        from agency in OrNull(Word(Alphanumerics, 2, 10).Select(a => new Party { Id = a }))
        from fees in Money(5000)
        from submitter in EnumOrNull<Submitter>()
        from inPerson in Flag
        from loan in Flag
        from keeper in EnumOrNull<DocumentKeeper>()
        from phone in OrNull(Word("0123456789", 7, 12).Select(d => "+" + d))
        select new WorkPermitRecord
        {
            Jurisdiction = jurisdiction,
            SourceSystem = "GEN",
            ApplicationId = id,
            ApplicationDate = applied,
            Applicant = new PersonName { Surname = surname, GivenNames = given },
            BirthDate = birth,
            Employer = new Party { Id = employerId, Name = employerName, PartyKind = employerKind },
            Sector = sector,
            PermitType = permitType,
            DurationDays = duration,
            OfferedHourlyWage = wage,
            WeeklyHours = hours,
            HousingProvidedByEmployer = housing,
            HousingAddress = address,
            RecruitmentAgency = agency,
            FeesPaidByWorker = fees,
            SubmittedBy = submitter,
            AppliedInPerson = inPerson,
            LoanFromEmployer = loan,
            DocumentsKeptBy = keeper,
            Contact = phone is null ? null : new Contact { Phone = phone },
        };

    /// <summary>Arbitrary text: printable characters, EDIFACT and CSV delimiters, line breaks, non-ASCII.</summary>
    public static Gen<string> NastyText =>
        from length in Gen.Choose(0, 400)
        from chars in Gen.ArrayOf(Gen.Frequency(
            (6, Gen.Elements("UNABGHTZDOCLNMRF0123456789+:'?.* \r\n\",<".ToCharArray())),
            (2, Gen.Choose(32, 126).Select(c => (char)c)),
            (1, Gen.Choose(0, 0xFFFF).Select(c => (char)c))), length)
        select new string(chars);

    public static Gen<byte[]> Bytes =>
        from length in Gen.Choose(0, 300)
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length)
        select bytes;
}
