import Foundation
import AdviesModel
import AdviesText

/// The written-question path: the header (number, asker, date, minister, subject), the
/// numbered questions, the minister's numbered answers with their tables, and the
/// "ACHTERGROND" list. Sections follow the gold scheme: `Q`, `Q.n`, `A`, `A.n`, `A.n.x`
/// (table captions), and the unnumbered `ACHTERGROND`.
struct WrittenQuestionParser {
    let input: ParserInput

    func parse(id: String) -> ParsedDocument {
        var document = ParsedDocument(id: id, sourceFile: input.layout.source, kind: .writtenQuestion)
        let body = Body(input.zoned.body.map { Body.Line(source: $0, text: $0.text.collapsed, markers: [], claim: nil) })
        if let labels = LabelledQuestions.layout(of: body) {
            LabelledQuestions(input: input).parse(body, labels: labels, into: &document)
            document.urls = URLCollector().collect(notes: [], body: input.collectorBody(document.blocks),
                                                   linkLines: input.zoned.linkLines, annotations: input.annotations)
            return document
        }
        var metadata = Metadata()
        metadata.organisation = "Vlaams Parlement"
        metadata.body = metadata.organisation
        var cursor = readHeader(body, into: &metadata)
        let subjectLine = cursor
        if cursor < body.count {
            metadata.title = Self.spacedDash.replacing(in: body[cursor].text, with: " - ")
            cursor += 1
        }
        metadata.date = metadata.questionDate
        metadata.datePrecision = metadata.questionDate.flatMap { DatePrecision(isoDate: $0) }
        var sections = SectionList()
        let questionSection = sections.open(number: "Q", title: metadata.title ?? "", level: 1, parent: nil,
                                            span: subjectLine < body.count ? SourceSpan(body[subjectLine].location) : nil)
        var blocks: [Block] = []

        // Introduction and questions, up to the minister's name or the answer.
        let answerStart = body.indices.first { body[$0].text.uppercased() == "ANTWOORD" || body[$0].text.uppercased().hasPrefix("ANTWOORD ") }
            ?? body.count
        var questionsEnd = answerStart
        if let minister = ministerBlock(body, before: answerStart) {
            questionsEnd = minister.start
            metadata.signatories = [minister.signatory]
        }
        let questions = numberedItems(body, from: cursor, to: questionsEnd, prefix: "Q", parent: questionSection,
                                      sections: &sections, blocks: &blocks, turn: Turn.question)
        document.questions = questions.map { Question(number: $0.number, text: $0.text, span: $0.span) }

        // The answer: "ANTWOORD", the "op vraag nr." lines, then numbered answers.
        var index = answerStart
        var answerSection: SectionID?
        if answerStart < body.count {
            answerSection = sections.open(number: "A", title: body[answerStart].text, level: 1, parent: nil,
                                          span: SourceSpan(body[answerStart].location))
            index += 1
            while index < body.count, body[index].text.lowercased().hasPrefix("op vraag") || body[index].text.lowercased().hasPrefix("van ") {
                index += 1
            }
        }
        let background = body.indices.first { $0 >= index && HeadingDetector.listHeading.isMatch(HeadingDetector.cleanTitle(body[$0].text)) }
        let answersEnd = background ?? body.count
        let answers = numberedItems(body, from: index, to: answersEnd, prefix: "A", parent: answerSection,
                                    sections: &sections, blocks: &blocks, turn: Turn.answer)
        document.answers = answers.map { item in
            Answer(number: item.number, textStart: item.text.split(separator: " ").prefix(12).joined(separator: " "),
                   text: item.text, tables: item.tables, span: item.span)
        }

        if let background {
            let title = HeadingDetector.cleanTitle(body[background].text)
            let section = sections.open(number: nil, title: title, level: 1, parent: nil,
                                        span: SourceSpan(start: body[background].location, end: body[body.count - 1].location))
            let lines = (background + 1..<body.count).map { BlockBuilder.Line(text: body[$0].text, source: body[$0].source) }
            blocks += BlockBuilder(joiner: input.joiner).build(lines, section: section)
        }

        document.metadata = metadata
        document.sections = sections.sections
        document.blocks = blocks
        document.urls = URLCollector().collect(notes: [], body: input.collectorBody(blocks),
                                               linkLines: input.zoned.linkLines, annotations: input.annotations)
        return document
    }

    // MARK: - Header

    private static let spacedDash = TextPattern(#"\s+-\s+"#)
    private static let numberAnywhere = TextPattern(#"(?i)nr\.?\s*(\d+)"#)
    private static let numberLine = TextPattern(#"(?i)^nr\.?\s*(\d+)(?:\s+van\s+(.+))?$"#)
    private static let askerLine = TextPattern(#"(?i)^van\s+(.+)$"#)
    private static let addresseeLine = TextPattern(#"(?i)^aan\s+(.+)$"#)
    private static let item = TextPattern(#"^(\d{1,2})[.)]\s+"#)
    private static let caption = TextPattern(#"^([a-z])\)\s+(.+)$"#)

    /// Reads "nr.", "van", "datum:", "aan" and the minister's title; returns the index of the
    /// subject line after them.
    private func readHeader(_ body: Body, into metadata: inout Metadata) -> Int {
        var index = 0
        var addressee: String?
        while index < min(body.count, 12) {
            let text = body[index].text
            let lower = text.lowercased()
            if lower.hasPrefix("schriftelijke vraag") || lower.hasPrefix("vraag om uitleg") {
                if let number = Self.numberAnywhere.firstMatch(in: text)?[1] { metadata.questionNumber = String(number) }
            } else if let match = Self.numberLine.firstMatch(in: text), let number = match[1] {
                metadata.questionNumber = String(number)
                // "nr. 412 van 14 februari 2024": the number and the day it was asked.
                if let date = match[2].flatMap({ DutchDate.first(in: String($0)) }) { metadata.questionDate = date.iso }
            } else if let asker = Self.askerLine.firstMatch(in: text)?[1] {
                // "van 14 februari 2024" on its own line is the day; "van CHRIS JANSSENS" the member.
                if let date = DutchDate.first(in: String(asker)), asker.count < 30 {
                    metadata.questionDate = metadata.questionDate ?? date.iso
                } else {
                    metadata.askedBy = PersonName.display(String(asker))
                }
            } else if lower.hasPrefix("datum") || (metadata.questionDate == nil && DutchDate.first(in: text) != nil && text.count < 30) {
                metadata.questionDate = DutchDate.first(in: text)?.iso
            } else if let name = Self.addresseeLine.firstMatch(in: text)?[1] {
                addressee = PersonName.display(String(name))
                if index + 1 < body.count, Self.isMinisterTitle(body[index + 1].text) {
                    let role = Self.caseTitle(body[index + 1].text)
                    metadata.addressedTo = "\(addressee!), \(role)"
                    index += 1
                } else {
                    metadata.addressedTo = addressee
                }
            } else if index > 0 {
                break
            }
            index += 1
        }
        return index
    }

    /// The minister's name and title printed above the answer (the signatory).
    private func ministerBlock(_ body: Body, before end: Int) -> (start: Int, signatory: Signatory)? {
        guard end >= 2 else { return nil }
        for start in stride(from: end - 2, through: max(0, end - 4), by: -1) where Self.isMinisterTitle(body[start + 1].text) {
            let name = body[start].text
            guard SignatureParser.isNameLine(name) || name == name.uppercased() else { continue }
            return (start, Signatory(name: PersonName.display(name), role: Self.caseTitle(body[start + 1].text)))
        }
        return nil
    }

    static func isMinisterTitle(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.containsBytes("minister") || lower.containsBytes("staatssecretaris")
    }

    /// "VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK" -> "Vlaams minister van Economie, Innovatie, Werk".
    static func caseTitle(_ text: String) -> String {
        guard !text.contains(where: \.isLowercase) else { return text }
        let lowerWords: Set<String> = ["van", "en", "de", "het", "voor", "der", "den", "minister", "viceminister-president",
                                       "staatssecretaris", "bevoegd", "op", "in", "met", "aan", "te"]
        return text.lowercased().split(separator: " ").enumerated().map { index, word in
            let bare = word.trimming(.punctuationCharacters)
            if index > 0 && lowerWords.contains(bare) { return String(word) }
            return word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    // MARK: - Numbered questions and answers

    private struct Item {
        var number: Int
        var text: String
        var tables: [DataTable]
        var span: SourceSpan?
    }

    /// Items "1. ...", "2. ..." in order between `start` and `end`, each a section under
    /// `parent` whose blocks are that item's turn; text before the first is an introduction.
    /// Lettered captions followed by a table become tables and subsections.
    private func numberedItems(_ body: Body, from start: Int, to end: Int, prefix: String, parent: SectionID?,
                               sections: inout SectionList, blocks: inout [Block], turn: (Int?) -> Turn) -> [Item] {
        let builder = BlockBuilder(joiner: input.joiner)
        let tables = TableParser(typography: input.typography, joiner: input.joiner)
        var items: [Item] = []
        var expected = 1
        var paragraph: [BlockBuilder.Line] = []
        var currentSection = parent
        var currentTurn = turn(nil)
        // The texts of each item's own section (not of its tables' sections).
        var itemSections: [SectionID: Int] = [:]
        var itemTexts: [Int: [String]] = [:]
        func flush() {
            let built = builder.build(paragraph, section: currentSection, turn: currentTurn)
            if let section = currentSection, let number = itemSections[section] { itemTexts[number, default: []] += built.map(\.text) }
            blocks += built
            paragraph = []
        }
        var index = start
        while index < end {
            let text = body[index].text
            if let match = Self.item.firstMatch(in: text), match[1].flatMap({ Int($0) }) == expected {
                flush()
                currentSection = sections.open(number: "\(prefix).\(expected)", title: "", level: 2, parent: parent,
                                               span: SourceSpan(body[index].location))
                itemSections[currentSection!] = expected
                currentTurn = turn(expected)
                items.append(Item(number: expected, text: "", tables: [], span: SourceSpan(body[index].location)))
                expected += 1
                paragraph = [BlockBuilder.Line(text: String(text[match.range.upperBound...]), source: body[index].source)]
                index += 1
                continue
            }
            if let item = items.last, let caption = Self.caption.firstMatch(in: text),
               let table = tables.parse(body, from: index + 1, until: end) {
                flush()
                let label = String(caption[1]!)
                let title = String(caption[2]!)
                let itemSection = itemSections.first { $0.value == item.number }?.key
                let section = sections.open(number: "\(prefix).\(item.number).\(label)", title: title, level: 3,
                                            parent: itemSection,
                                            span: SourceSpan(start: body[index].location, end: body[table.end - 1].location))
                currentSection = section
                paragraph = table.leadingText.map { BlockBuilder.Line(text: body[$0].text, source: body[$0].source) }
                flush()
                items[items.count - 1].tables.append(DataTable(label: label, caption: title, section: section,
                                                               rowHeader: table.rowHeader, columns: table.columns,
                                                               rows: table.rows, notes: table.notes))
                index = table.end
                continue
            }
            paragraph.append(BlockBuilder.Line(text: text, source: body[index].source))
            if let last = items.indices.last { items[last].span = items[last].span?.extended(to: body[index].location) }
            index += 1
        }
        flush()
        // An item's text: its blocks (tables left out), joined.
        for i in items.indices { items[i].text = (itemTexts[items[i].number] ?? []).joined(separator: " ") }
        return items
    }
}

/// Sections as a parser opens them, each with the next id.
struct SectionList {
    private(set) var sections: [Section] = []

    mutating func open(number: String?, title: String, level: Int, parent: SectionID?, span: SourceSpan?) -> SectionID {
        let id = SectionID(sections.count)
        sections.append(Section(id: id, number: number, title: title, level: level, parent: parent, span: span))
        return id
    }
}
