import AdviesModel

/// The JSON shape of the gold annotations (Annotations/GUIDE.md §1, GUIDE-wild.md), in which
/// `parse --format json` writes a document and the evaluator reads gold and parse alike.
/// Elements name their section by its printed label and a citation by its source ("footnote
/// 3", "Bronnen"), as the annotators wrote them; the model's identities are resolved here,
/// once, into those names.
///
/// Keys the annotations always write are written even when null; the parser's extras
/// (spans, markers, diagnostics) only when present. Decoding is strict about types and
/// closed vocabularies and lenient about absent keys (an annotation may leave a list out).
public enum Annotation {
    public struct Document: Codable, Sendable, Equatable {
        public var id: String
        public var sourceFile: String
        public var kind: DocumentKind
        public var metadata: Metadata
        public var sections: [Section]
        public var blocks: [Block]
        public var footnotes: [Footnote]
        public var urls: [URLEntry]
        public var references: [Reference]
        public var recommendations: [Recommendation]
        public var crossReferences: [CrossReference]
        public var questions: [Question]
        public var answers: [Answer]
        public var diagnostics: [Diagnostic]

        public init(id: String, sourceFile: String = "", kind: DocumentKind = .unknown, metadata: Metadata = Metadata(),
                    sections: [Section] = [], blocks: [Block] = [], footnotes: [Footnote] = [], urls: [URLEntry] = [],
                    references: [Reference] = [], recommendations: [Recommendation] = [],
                    crossReferences: [CrossReference] = [], questions: [Question] = [], answers: [Answer] = [],
                    diagnostics: [Diagnostic] = []) {
            self.id = id
            self.sourceFile = sourceFile
            self.kind = kind
            self.metadata = metadata
            self.sections = sections
            self.blocks = blocks
            self.footnotes = footnotes
            self.urls = urls
            self.references = references
            self.recommendations = recommendations
            self.crossReferences = crossReferences
            self.questions = questions
            self.answers = answers
            self.diagnostics = diagnostics
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            sourceFile = try c.decodeIfPresent(String.self, forKey: .sourceFile) ?? ""
            kind = try c.decodeIfPresent(DocumentKind.self, forKey: .kind) ?? .unknown
            metadata = try c.decodeIfPresent(Metadata.self, forKey: .metadata) ?? Metadata()
            sections = try c.decodeIfPresent([Section].self, forKey: .sections) ?? []
            blocks = try c.decodeIfPresent([Block].self, forKey: .blocks) ?? []
            footnotes = try c.decodeIfPresent([Footnote].self, forKey: .footnotes) ?? []
            urls = try c.decodeIfPresent([URLEntry].self, forKey: .urls) ?? []
            references = try c.decodeIfPresent([Reference].self, forKey: .references) ?? []
            recommendations = try c.decodeIfPresent([Recommendation].self, forKey: .recommendations) ?? []
            crossReferences = try c.decodeIfPresent([CrossReference].self, forKey: .crossReferences) ?? []
            questions = try c.decodeIfPresent([Question].self, forKey: .questions) ?? []
            answers = try c.decodeIfPresent([Answer].self, forKey: .answers) ?? []
            diagnostics = try c.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
        }
    }

    public struct Metadata: Codable, Sendable, Equatable {
        public var council: String?
        public var organisation: String?
        public var body: String?
        public var signatories: [Signatory]
        public var title: String?
        public var subtitle: String?
        public var date: String?
        public var datePrecision: DatePrecision?
        public var referenceNumber: String?
        public var requester: String?
        public var requestDate: String?
        public var issuedBy: String?
        public var issuedDate: String?
        public var vote: String?
        public var caseOfficer: String?
        public var url: String?
        public var subject: String?
        public var questionNumber: String?
        public var questionDate: String?
        public var answerDate: String?
        public var askedBy: String?
        public var addressedTo: String?
        public var fromManifest: [String]?
        /// The fields an annotation states, null or not (snake_case): a field it leaves out is
        /// not annotated, a field it writes as null is annotated as not printed.
        public var annotated: Set<String> = []

        enum CodingKeys: String, CodingKey {
            case council, organisation, body, signatories, title, subtitle, date, datePrecision, referenceNumber, requester,
                 requestDate, issuedBy, issuedDate, vote, caseOfficer, url, subject, questionNumber, questionDate,
                 answerDate, askedBy, addressedTo, fromManifest
        }

        public init(council: String? = nil, organisation: String? = nil, body: String? = nil, signatories: [Signatory] = [],
                    title: String? = nil, subtitle: String? = nil, date: String? = nil, datePrecision: DatePrecision? = nil,
                    referenceNumber: String? = nil, requester: String? = nil, requestDate: String? = nil,
                    issuedBy: String? = nil, issuedDate: String? = nil, vote: String? = nil, caseOfficer: String? = nil,
                    url: String? = nil, subject: String? = nil, questionNumber: String? = nil, questionDate: String? = nil,
                    answerDate: String? = nil, askedBy: String? = nil, addressedTo: String? = nil,
                    fromManifest: [String]? = nil) {
            self.council = council
            self.organisation = organisation
            self.body = body
            self.signatories = signatories
            self.title = title
            self.subtitle = subtitle
            self.date = date
            self.datePrecision = datePrecision
            self.referenceNumber = referenceNumber
            self.requester = requester
            self.requestDate = requestDate
            self.issuedBy = issuedBy
            self.issuedDate = issuedDate
            self.vote = vote
            self.caseOfficer = caseOfficer
            self.url = url
            self.subject = subject
            self.questionNumber = questionNumber
            self.questionDate = questionDate
            self.answerDate = answerDate
            self.askedBy = askedBy
            self.addressedTo = addressedTo
            self.fromManifest = fromManifest
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            func text(_ key: CodingKeys) throws -> String? { try c.decodeIfPresent(String.self, forKey: key) }
            council = try text(.council)
            organisation = try text(.organisation)
            body = try text(.body)
            signatories = try c.decodeIfPresent([Signatory].self, forKey: .signatories) ?? []
            title = try text(.title)
            subtitle = try text(.subtitle)
            date = try text(.date)
            datePrecision = try c.decodeIfPresent(DatePrecision.self, forKey: .datePrecision)
            referenceNumber = try text(.referenceNumber)
            requester = try text(.requester)
            requestDate = try text(.requestDate)
            issuedBy = try text(.issuedBy)
            issuedDate = try text(.issuedDate)
            vote = try text(.vote)
            caseOfficer = try text(.caseOfficer)
            url = try text(.url)
            subject = try text(.subject)
            questionNumber = try text(.questionNumber)
            questionDate = try text(.questionDate)
            answerDate = try text(.answerDate)
            askedBy = try text(.askedBy)
            addressedTo = try text(.addressedTo)
            fromManifest = try c.decodeIfPresent([String].self, forKey: .fromManifest)
            annotated = Set(c.allKeys.map { $0.stringValue.snakeCased })
        }
    }

    public struct Section: Codable, Sendable, Equatable {
        public var number: String?
        public var title: String
        public var level: Int
        /// The parent's number (its title when it has none).
        public var parent: String?
        public var span: SourceSpan?

        public init(number: String?, title: String, level: Int, parent: String?, span: SourceSpan? = nil) {
            self.number = number
            self.title = title
            self.level = level
            self.parent = parent
            self.span = span
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(title, forKey: .title)
            try c.encode(level, forKey: .level)
            try c.encode(parent, forKey: .parent)
            try c.encodeIfPresent(span, forKey: .span)
        }
    }

    public struct Block: Codable, Sendable, Equatable {
        public var kind: AdviesModel.Block.Kind
        public var text: String
        public var section: String?
        public var depth: Int?
        public var leadIn: String?
        public var span: SourceSpan?
    }

    public struct Footnote: Codable, Sendable, Equatable {
        public var number: Int
        public var text: String
        public var markerContext: String?
        public var section: String?
        public var marker: MarkerPosition?
        public var markerOcr: String?
        public var urls: [String]?
        public var span: SourceSpan?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(text, forKey: .text)
            try c.encode(markerContext, forKey: .markerContext)
            try c.encode(section, forKey: .section)
            try c.encodeIfPresent(marker, forKey: .marker)
            try c.encodeIfPresent(markerOcr, forKey: .markerOcr)
            try c.encodeIfPresent(urls, forKey: .urls)
            try c.encodeIfPresent(span, forKey: .span)
        }
    }

    public struct URLEntry: Codable, Sendable, Equatable {
        public var url: String
        public var footnote: Int?
        public var footnotes: [Int]?
        public var linkText: String?
        public var firstSeen: SourceLocation?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(url, forKey: .url)
            try c.encode(footnote, forKey: .footnote)
            try c.encodeIfPresent(footnotes, forKey: .footnotes)
            try c.encodeIfPresent(linkText, forKey: .linkText)
            try c.encodeIfPresent(firstSeen, forKey: .firstSeen)
        }
    }

    public struct Reference: Codable, Sendable, Equatable {
        /// "footnote 3", a reference list's title ("Bronnen"), or "body".
        public var source: String
        public var type: ReferenceType?
        public var organisation: String?
        public var council: String?
        public var authors: [String]
        public var title: String?
        public var subtitle: String?
        public var date: String?
        public var pages: String?
        public var url: String?
        public var series: String?
        public var raw: String
        public var workKey: String

        enum CodingKeys: String, CodingKey {
            case source, type, organisation, council, authors, title, subtitle, date, pages, url, series, raw, workKey
        }

        public init(source: String, type: ReferenceType?, organisation: String? = nil, council: String? = nil,
                    authors: [String] = [], title: String? = nil, subtitle: String? = nil, date: String? = nil,
                    pages: String? = nil, url: String? = nil, series: String? = nil, raw: String, workKey: String) {
            self.source = source
            self.type = type
            self.organisation = organisation
            self.council = council
            self.authors = authors
            self.title = title
            self.subtitle = subtitle
            self.date = date
            self.pages = pages
            self.url = url
            self.series = series
            self.raw = raw
            self.workKey = workKey
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
            type = try c.decodeIfPresent(ReferenceType.self, forKey: .type)
            organisation = try c.decodeIfPresent(String.self, forKey: .organisation)
            council = try c.decodeIfPresent(String.self, forKey: .council)
            authors = try c.decodeIfPresent([String].self, forKey: .authors) ?? []
            title = try c.decodeIfPresent(String.self, forKey: .title)
            subtitle = try c.decodeIfPresent(String.self, forKey: .subtitle)
            date = try c.decodeIfPresent(String.self, forKey: .date)
            pages = try c.decodeIfPresent(String.self, forKey: .pages)
            url = try c.decodeIfPresent(String.self, forKey: .url)
            series = try c.decodeIfPresent(String.self, forKey: .series)
            raw = try c.decodeIfPresent(String.self, forKey: .raw) ?? ""
            workKey = try c.decodeIfPresent(String.self, forKey: .workKey) ?? ""
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(source, forKey: .source)
            try c.encode(type, forKey: .type)
            try c.encode(organisation, forKey: .organisation)
            try c.encode(council, forKey: .council)
            try c.encode(authors, forKey: .authors)
            try c.encode(title, forKey: .title)
            try c.encode(subtitle, forKey: .subtitle)
            try c.encode(date, forKey: .date)
            try c.encode(pages, forKey: .pages)
            try c.encode(url, forKey: .url)
            try c.encode(series, forKey: .series)
            try c.encode(raw, forKey: .raw)
            try c.encode(workKey, forKey: .workKey)
        }
    }

    public struct Recommendation: Codable, Sendable, Equatable {
        public var id: String?
        public var section: String?
        public var text: String
        public var cue: String?
        public var strength: RecommendationStrength?
        public var addressee: String?
        public var addresseeText: String?
        public var leadIn: String?
        public var span: SourceSpan?

        public init(id: String? = nil, section: String?, text: String, cue: String?, strength: RecommendationStrength? = nil,
                    addressee: String? = nil, addresseeText: String? = nil, leadIn: String? = nil, span: SourceSpan? = nil) {
            self.id = id
            self.section = section
            self.text = text
            self.cue = cue
            self.strength = strength
            self.addressee = addressee
            self.addresseeText = addresseeText
            self.leadIn = leadIn
            self.span = span
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(id, forKey: .id)
            try c.encode(section, forKey: .section)
            try c.encode(text, forKey: .text)
            try c.encode(cue, forKey: .cue)
            try c.encodeIfPresent(strength, forKey: .strength)
            try c.encode(addressee, forKey: .addressee)
            try c.encodeIfPresent(addresseeText, forKey: .addresseeText)
            try c.encode(leadIn, forKey: .leadIn)
            try c.encodeIfPresent(span, forKey: .span)
        }
    }

    public struct CrossReference: Codable, Sendable, Hashable {
        public var target: String
        /// Where the citing document cites it, named as a reference's `source`.
        public var via: String

        public init(target: String, via: String) {
            self.target = target
            self.via = via
        }
    }

    public struct Question: Codable, Sendable, Equatable {
        public var number: Int
        public var text: String
    }

    public struct Answer: Codable, Sendable, Equatable {
        public var number: Int
        public var textStart: String
        public var text: String?
        public var tables: [Table]

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            number = try c.decode(Int.self, forKey: .number)
            textStart = try c.decode(String.self, forKey: .textStart)
            text = try c.decodeIfPresent(String.self, forKey: .text)
            tables = try c.decodeIfPresent([Table].self, forKey: .tables) ?? []
        }

        init(number: Int, textStart: String, text: String?, tables: [Table]) {
            self.number = number
            self.textStart = textStart
            self.text = text
            self.tables = tables
        }
    }

    public struct Table: Codable, Sendable, Equatable {
        public var label: String
        public var caption: String
        public var rowHeader: String?
        public var columns: [String]
        public var rows: [Row]
        public var notes: [String]

        public struct Row: Codable, Sendable, Equatable {
            public var label: String
            public var values: [Int]
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            label = try c.decode(String.self, forKey: .label)
            caption = try c.decodeIfPresent(String.self, forKey: .caption) ?? ""
            rowHeader = try c.decodeIfPresent(String.self, forKey: .rowHeader)
            columns = try c.decodeIfPresent([String].self, forKey: .columns) ?? []
            rows = try c.decodeIfPresent([Row].self, forKey: .rows) ?? []
            notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
        }

        init(label: String, caption: String, rowHeader: String?, columns: [String], rows: [Row], notes: [String]) {
            self.label = label
            self.caption = caption
            self.rowHeader = rowHeader
            self.columns = columns
            self.rows = rows
            self.notes = notes
        }
    }
}

extension String {
    /// "referenceNumber" -> "reference_number".
    var snakeCased: String {
        var out = ""
        for c in self { if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) } }
        return out
    }
}
