/// How a body typesets its documents: the variations a parser meets across councils,
/// ministries and advisory bodies. The scale corpus sets each generated document in one of
/// them; a test holds that every style parses to the tree of the document's text export.
public struct HouseStyle: Sendable, Equatable {
    public var name: String
    public var fontFamily: String
    public var bodySize: Double
    public var numbering: Numbering
    public var emphasis: Emphasis
    /// Second-level headings lettered under their numbered section ("a. Titel", "b) Titel"),
    /// when the document has no third level.
    public var lettered: Letters?
    /// Second-level headings in italic roman weight (among roman text).
    public var italicSubheadings = false
    /// A cover page: the council, the title set large, the date.
    public var cover = false
    /// A table of contents after the cover: titles, dot leaders, page numbers.
    public var tableOfContents = false
    /// The title in small type at the top of every page.
    public var runningHeader = false
    public var footer: Footer
    /// Letterhead fields in small type in the right margin of the first page.
    public var letterhead = false
    /// A drawn rule over the notes (otherwise space alone sets them apart).
    public var noteRule = false
    /// Bookmarks for the headings.
    public var outline = false

    public enum Numbering: Sendable, Equatable {
        /// "2 Titel", "2.1 Titel".
        case plain
        /// "2. Titel", "2.1 Titel".
        case dotted
        /// The number, then the title at a tab stop.
        case tab
    }

    public enum Emphasis: Sendable, Equatable {
        case bold
        /// Regular weight, larger than the text.
        case larger
        /// Headings in another family (a sans over serif text), regular weight.
        case otherFamily(String)
    }

    public enum Letters: Sendable, Equatable {
        /// "a. Titel"
        case period
        /// "a) Titel"
        case parenthesis
    }

    public enum Footer: Sendable, Equatable {
        /// "7", centred.
        case number
        /// "7/12" at the right, the council's name at the left on the same line.
        case ofTotal
        /// "Pagina 7 van 12" at the right.
        case pagina
    }

    public init(name: String, fontFamily: String, bodySize: Double, numbering: Numbering, emphasis: Emphasis,
                lettered: Letters? = nil, footer: Footer) {
        self.name = name
        self.fontFamily = fontFamily
        self.bodySize = bodySize
        self.numbering = numbering
        self.emphasis = emphasis
        self.lettered = lettered
        self.footer = footer
    }

    /// The style of the source corpus: sans, bold numbered headings, centred page numbers.
    public static let council = HouseStyle(name: "council", fontFamily: "DejaVu Sans", bodySize: 10,
                                           numbering: .plain, emphasis: .bold, footer: .number)

    /// The styles the generator and its tests know, `council` first.
    public static let all: [HouseStyle] = {
        var report = HouseStyle(name: "report", fontFamily: "DejaVu Serif", bodySize: 11, numbering: .dotted,
                                emphasis: .bold, footer: .ofTotal)
        report.cover = true
        report.tableOfContents = true
        report.runningHeader = true
        report.noteRule = true
        var memo = HouseStyle(name: "memo", fontFamily: "Liberation Sans", bodySize: 10, numbering: .tab,
                              emphasis: .bold, lettered: .period, footer: .pagina)
        memo.letterhead = true
        var ministry = HouseStyle(name: "ministry", fontFamily: "Liberation Serif", bodySize: 11, numbering: .plain,
                                  emphasis: .otherFamily("Liberation Sans"), lettered: .parenthesis, footer: .number)
        ministry.italicSubheadings = true
        ministry.outline = true
        var plainType = HouseStyle(name: "plain-type", fontFamily: "DejaVu Sans", bodySize: 10, numbering: .dotted,
                                   emphasis: .larger, footer: .ofTotal)
        plainType.cover = true
        plainType.noteRule = true
        plainType.outline = true
        return [council, report, memo, ministry, plainType]
    }()

    public static func named(_ name: String) -> HouseStyle? {
        all.first { $0.name == name }
    }
}
