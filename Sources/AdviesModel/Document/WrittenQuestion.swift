/// A numbered question of a written question.
public struct Question: Sendable, Equatable {
    public var number: Int
    public var text: String
    public var span: SourceSpan?

    public init(number: Int, text: String, span: SourceSpan? = nil) {
        self.number = number
        self.text = text
        self.span = span
    }
}

/// The minister's answer to one numbered question.
public struct Answer: Sendable, Equatable {
    public var number: Int
    /// The first twelve words.
    public var textStart: String
    /// The whole answer as running text (tables left out).
    public var text: String
    public var tables: [DataTable]
    public var span: SourceSpan?

    public init(number: Int, textStart: String, text: String, tables: [DataTable] = [], span: SourceSpan? = nil) {
        self.number = number
        self.textStart = textStart
        self.text = text
        self.tables = tables
        self.span = span
    }
}

/// A table of figures: column headers, labelled rows of integers, notes under it.
public struct DataTable: Sendable, Equatable {
    /// The letter of its caption ("a" for "a) ...").
    public var label: String
    public var caption: String
    /// The section its caption heads.
    public var section: SectionID?
    /// The text above the row labels (what the rows count).
    public var rowHeader: String?
    public var columns: [String]
    public var rows: [Row]
    public var notes: [String]

    public struct Row: Sendable, Equatable {
        public var label: String
        public var values: [Int]

        public init(label: String, values: [Int]) {
            self.label = label
            self.values = values
        }
    }

    public init(label: String, caption: String, section: SectionID? = nil, rowHeader: String?, columns: [String],
                rows: [Row], notes: [String]) {
        self.label = label
        self.caption = caption
        self.section = section
        self.rowHeader = rowHeader
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}
