using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Application.Security;
using BorderScreening.Application.Signals;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;

namespace BorderScreening.Application.Tests.PartnerOutcomes;

/// <summary>Partner outcomes through the real graph on Azurite: only the partner a signal went to, in its jurisdiction, records.</summary>
public sealed class PartnerOutcomeServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private static readonly Caller PoliceCw = new("partner-police-cw", [AppRoles.OutcomesRecord], [Jurisdiction.CW]);
    private static readonly Caller VictimSupportCw = new("partner-victims-cw", [AppRoles.OutcomesRecord], [Jurisdiction.CW]);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?>
    {
        ["Outcomes:Recorders:police-cw:Partner"] = "police",
        ["Outcomes:Recorders:police-cw:Jurisdictions:0"] = "CW",
        ["Outcomes:Recorders:police-cw:Principals:0"] = "partner-police-cw",
        ["Outcomes:Recorders:victims-cw:Partner"] = "victim-support",
        ["Outcomes:Recorders:victims-cw:Jurisdictions:0"] = "CW",
        ["Outcomes:Recorders:victims-cw:Principals:0"] = "partner-victims-cw",
    });

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private PartnerOutcomeService Service => _services.Get<PartnerOutcomeService>();

    // A decided referral of CW with one signal to the police.
    private async Task<string> SignalToPoliceAsync(string caseId)
    {
        var worklist = _services.Get<IWorklistStore>();
        Assert.True(await worklist.TryAddAsync(
            new WorklistItem
            {
                CaseId = caseId, AssessmentId = caseId, Jurisdiction = Jurisdiction.CW, Priority = 1, Deadline = Now.AddHours(4),
                Score = 0.9, Band = RiskBand.High, Status = CaseStatus.Claimed, ClaimedBy = "reviewer-1", LeaseUntil = Now.AddMinutes(30), ReceivedAt = Now,
            },
            CancellationToken.None));
        var read = (await worklist.GetAsync(Jurisdiction.CW, caseId, CancellationToken.None))!;
        var signal = new ThemeSignal
        {
            SignalId = SignalMapper.SignalId(caseId, "police"),
            Jurisdiction = Jurisdiction.CW,
            Destination = SignalDestination.CriminalInvestigation,
            Partner = new SignalRecipient("police", "Police"),
            DecidedAt = Now,
            CaseReference = caseId,
            DecidedByRole = "Review.CW",
        };
        Assert.True(await _services.Get<ISignalStore>().TryDecideWithSignalsAsync(read with { Status = CaseStatus.Decided, Outcome = "ReferCriminalInvestigation" }, [signal], Now, CancellationToken.None));
        return signal.SignalId;
    }

    private Task<ReviewResult<OutcomeReceipt>> RecordAsync(Caller caller, Jurisdiction jurisdiction, string signalId, PartnerOutcomeKind? outcome) =>
        Service.RecordAsync(caller, jurisdiction, signalId, new OutcomeRequest(outcome?.ToName()), "127.0.0.1", CancellationToken.None);

    [Fact]
    public async Task Record_ByThePartnerTheSignalWentTo_IsStoredAndAudited()
    {
        var signalId = await SignalToPoliceAsync("CW-outcome-1");

        var result = await RecordAsync(PoliceCw, Jurisdiction.CW, signalId, PartnerOutcomeKind.ConfirmedVictim);

        Assert.Equal(ReviewStatus.Ok, result.Status);
        Assert.Equal((signalId, PartnerOutcomeKind.ConfirmedVictim, (PartnerOutcomeKind?)null), (result.Value!.SignalId, result.Value.Outcome, result.Value.Replaced));
        var stored = await _services.Get<IPartnerOutcomeStore>().GetAsync(Jurisdiction.CW, signalId, CancellationToken.None);
        Assert.Equal(("CW-outcome-1", "police", PartnerOutcomeKind.ConfirmedVictim, "partner-police-cw"), (stored!.CaseId, stored.PartnerId, stored.Outcome, stored.RecordedBy));
        var entry = Assert.Single(await _services.Get<IAuditLog>().ForCaseAsync(Jurisdiction.CW, "CW-outcome-1", 1, CancellationToken.None), e => e.Action == PartnerOutcomeService.AuditAction);
        Assert.Equal(("partner-police-cw", AppRoles.OutcomesRecord, $"{signalId} by police: confirmed-victim"), (entry.Actor, entry.Role, entry.Detail));
    }

    [Fact]
    public async Task Record_ALaterOutcome_ReplacesTheEarlierAndTheAuditLogKeepsBoth()
    {
        var signalId = await SignalToPoliceAsync("CW-outcome-2");

        await RecordAsync(PoliceCw, Jurisdiction.CW, signalId, PartnerOutcomeKind.Unknown);
        var later = await RecordAsync(PoliceCw, Jurisdiction.CW, signalId, PartnerOutcomeKind.NoIndication);

        Assert.Equal(PartnerOutcomeKind.Unknown, later.Value!.Replaced);
        Assert.Equal(PartnerOutcomeKind.NoIndication, (await _services.Get<IPartnerOutcomeStore>().GetAsync(Jurisdiction.CW, signalId, CancellationToken.None))!.Outcome);
        Assert.Single(await _services.Get<IPartnerOutcomeStore>().ReadAsync(Jurisdiction.CW, CancellationToken.None).Where(o => o.SignalId == signalId).ToListAsync());
        var details = (await _services.Get<IAuditLog>().ForCaseAsync(Jurisdiction.CW, "CW-outcome-2", 1, CancellationToken.None))
            .Where(e => e.Action == PartnerOutcomeService.AuditAction).Select(e => e.Detail).ToList();
        Assert.Equal([$"{signalId} by police: unknown", $"{signalId} by police: no-indication (replaces unknown)"], details);
    }

    [Fact]
    public async Task Record_ByAnotherPartnerOfTheJurisdiction_IsNotFoundAndWritesNothing()
    {
        var signalId = await SignalToPoliceAsync("CW-outcome-3");

        var result = await RecordAsync(VictimSupportCw, Jurisdiction.CW, signalId, PartnerOutcomeKind.ConfirmedVictim);

        Assert.Equal(ReviewStatus.NotFound, result.Status);
        Assert.Null(await _services.Get<IPartnerOutcomeStore>().GetAsync(Jurisdiction.CW, signalId, CancellationToken.None));
    }

    [Theory]
    [InlineData("other-jurisdiction")]
    [InlineData("claim-elsewhere")]
    [InlineData("no-binding")]
    [InlineData("no-role")]
    [InlineData("unknown-signal")]
    public async Task Record_OutsideThePartnersReach_IsNotFound(string variant)
    {
        var signalId = await SignalToPoliceAsync("CW-outcome-4-" + variant);
        var (caller, jurisdiction, id) = variant switch
        {
            "other-jurisdiction" => (new Caller("partner-police-cw", [AppRoles.OutcomesRecord], [Jurisdiction.CW, Jurisdiction.AW]), Jurisdiction.AW, signalId),
            "claim-elsewhere" => (new Caller("partner-police-cw", [AppRoles.OutcomesRecord], [Jurisdiction.AW]), Jurisdiction.CW, signalId),
            "no-binding" => (new Caller("someone-else", [AppRoles.OutcomesRecord], [Jurisdiction.CW]), Jurisdiction.CW, signalId),
            "no-role" => (new Caller("partner-police-cw", [AppRoles.ReviewSupervisor], [Jurisdiction.CW]), Jurisdiction.CW, signalId),
            _ => (PoliceCw, Jurisdiction.CW, "sig-CW-DOESNOTEXIST"),
        };

        var result = await RecordAsync(caller, jurisdiction, id, PartnerOutcomeKind.ExploitationFound);

        Assert.Equal(ReviewStatus.NotFound, result.Status);
        Assert.Null(await _services.Get<IPartnerOutcomeStore>().GetAsync(Jurisdiction.CW, signalId, CancellationToken.None));
    }

    [Fact]
    public async Task Record_WithoutAnOutcome_IsInvalidNamingTheField()
    {
        var signalId = await SignalToPoliceAsync("CW-outcome-5");

        var result = await RecordAsync(PoliceCw, Jurisdiction.CW, signalId, null);

        Assert.Equal(ReviewStatus.Invalid, result.Status);
        Assert.Equal("outcome", Assert.Single(result.Errors!).Path);
    }

    [Theory]
    [InlineData("ConfirmedVictim")]
    [InlineData("2")]
    [InlineData("victim")]
    public async Task Record_AnythingButAWireName_IsInvalidListingTheNames(string outcome)
    {
        var signalId = await SignalToPoliceAsync("CW-outcome-6-" + outcome);

        var result = await Service.RecordAsync(PoliceCw, Jurisdiction.CW, signalId, new OutcomeRequest(outcome), null, CancellationToken.None);

        var error = Assert.Single(result.Errors!);
        Assert.Equal(("outcome", true), (error.Path, error.Message.Contains("confirmed-victim, exploitation-found, no-indication, unknown", StringComparison.Ordinal)));
        Assert.Null(await _services.Get<IPartnerOutcomeStore>().GetAsync(Jurisdiction.CW, signalId, CancellationToken.None));
    }
}
