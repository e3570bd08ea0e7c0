using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>
/// One form of payment of a PNR (FOP with the IFT payer name after it). The card number is gone by
/// the time this exists: only its keyed reference and last four digits are kept.
/// </summary>
internal sealed class PnrPayment(FormOfPayment form, string code)
{
    public FormOfPayment Form { get; } = form;
    public string Code { get; } = code;
    public string? CardReference { get; init; }
    public string? LastFour { get; init; }
    public string? PayerName { get; set; }

    /// <summary>Reads a FOP payment code (element 1, component 1: CA, CC, CK, INV, MS, …).</summary>
    public static FormOfPayment FormOf(string code) => code.ToUpperInvariant() switch
    {
        "CA" or "CASH" => FormOfPayment.Cash,
        "CC" or "DC" => FormOfPayment.Card,
        "INV" or "IN" or "BT" => FormOfPayment.Transfer,
        "VO" or "MCO" or "EMD" or "FFR" => FormOfPayment.Voucher,
        _ => FormOfPayment.Other,
    };
}
