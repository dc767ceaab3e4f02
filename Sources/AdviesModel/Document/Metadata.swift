/// What a document states about itself: from its cover page, signature block or (for a
/// written question) its header. Fields a manifest supplied are listed in `fromManifest`.
public struct Metadata: Sendable, Equatable {
    public var council: String?
    public var organisation: String?
    /// The issuing organisation as printed in full ("Raad van State", "Ministerie van Financiën").
    public var body: String?
    public var signatories: [Signatory]
    public var title: String?
    public var subtitle: String?
    /// ISO date, as precise as known ("2019-06-13", "2018").
    public var date: String?
    public var datePrecision: DatePrecision?
    public var referenceNumber: String?
    /// "Adviesvrager: ..." and the date the request arrived.
    public var requester: String?
    public var requestDate: String?
    /// "Uitgebracht door de Raad ... op <date> met eenparigheid van stemmen".
    public var issuedBy: String?
    public var issuedDate: String?
    public var vote: String?
    /// "Dossierbeheerder: ...".
    public var caseOfficer: String?
    public var url: String?
    public var subject: String?
    // Written questions.
    public var questionNumber: String?
    public var questionDate: String?
    /// When the answer to a written question came in.
    public var answerDate: String?
    public var askedBy: String?
    public var addressedTo: String?
    /// Field names (as in the annotations) whose values came from the manifest, not from the text.
    public var fromManifest: [String]

    public init(council: String? = nil, organisation: String? = nil, signatories: [Signatory] = [],
                title: String? = nil, subtitle: String? = nil, date: String? = nil,
                datePrecision: DatePrecision? = nil, referenceNumber: String? = nil) {
        fromManifest = []
        self.council = council
        self.organisation = organisation
        self.signatories = signatories
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.datePrecision = datePrecision
        self.referenceNumber = referenceNumber
    }
}

public struct Signatory: Codable, Sendable, Hashable {
    public var name: String
    public var role: String?

    public init(name: String, role: String?) {
        self.name = name
        self.role = role
    }
}

public enum DatePrecision: String, Codable, Sendable, Comparable {
    case day, month, year

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool {
        let order: [DatePrecision] = [.year, .month, .day]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }

    /// The precision of an ISO date string by its length.
    public init?(isoDate: String) {
        switch isoDate.count {
        case 10: self = .day
        case 7: self = .month
        case 4: self = .year
        default: return nil
        }
    }
}
