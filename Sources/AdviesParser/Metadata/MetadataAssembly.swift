import AdviesModel
import AdviesText

/// The document's metadata from everything that states it, in order of trust: the cover's
/// labelled facts (Vlor covers), the letterhead and memo fields, a parliamentary paper's
/// title line, a cover page, the formulas of the text, and for the issuing body what the kind of document
/// makes its issuer (GUIDE-wild §1).
struct MetadataAssembly {
    var kind: DocumentKind
    var front: FrontMatter
    var coverPage: CoverPage?
    var facts: DocumentFacts.Found
    /// The first line typeset as a title on the first page before any heading.
    var headTitle: String?
    /// The organisation a label names as responsible.
    var issuer: String?
    var furniture: [String]

    func complete(_ metadata: inout Metadata) {
        metadata.title = metadata.title ?? front.fields[.subject] ?? front.paperTitle ?? coverPage?.title ?? headTitle
        if metadata.date == nil, let date = front.fields[.date].flatMap(DutchDate.first(in:)) ?? coverPage?.date
            ?? facts.date.flatMap(DutchDate.first(in:)) {
            metadata.date = date.iso
            metadata.datePrecision = date.precision
        }
        metadata.referenceNumber = metadata.referenceNumber ?? front.fields[.reference] ?? facts.referenceNumber
        let addressee = front.addressee ?? front.fields[.addressee]
        metadata.requester = metadata.requester ?? facts.requester ?? (facts.askedByAddressee ? addressee : nil)
        if kind != .advisory || metadata.addressedTo == nil { metadata.addressedTo = metadata.addressedTo ?? addressee }
        metadata.body = metadata.body ?? body(metadata)
    }

    /// Who issues it: for an advice, the body its signer speaks for, a firm's footer, the
    /// masthead; for a letter or note, the ministry of its signer's office; otherwise the
    /// masthead or the organisation already known.
    private func body(_ metadata: Metadata) -> String? {
        let role = metadata.signatories.first?.role ?? ""
        switch kind {
        case .advisory:
            return Self.bodyOfOffice.firstMatch(in: role).flatMap { $0[1] }.map(String.init)
                ?? Masthead.firm(furniture) ?? front.masthead ?? coverPage?.body ?? metadata.organisation
        case .letter, .note:
            return Self.ministerOf.firstMatch(in: role).flatMap { $0[1] }.map { "Ministerie van " + $0 }
                ?? front.masthead ?? metadata.organisation
        default:
            return issuer ?? front.masthead ?? metadata.organisation
        }
    }

    /// "vicepresident van de Raad van State" -> "Raad van State".
    private static let bodyOfOffice = TextPattern(#"^(?:[Vv]ice-?president|[Pp]resident|[Vv]oorzitter|[Ss]ecretaris)\s+van\s+(?:de|het)\s+(\p{Lu}.+)$"#)
    /// "Staatssecretaris van Veiligheid en Justitie" -> "Veiligheid en Justitie".
    private static let ministerOf = TextPattern(#"^(?:[Mm]inister|[Ss]taatssecretaris)\s+van\s+(\p{Lu}.+)$"#)
}
