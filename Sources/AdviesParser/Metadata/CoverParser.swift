import Foundation
import AdviesModel
import AdviesText

/// Reads the cover block of an advisory, when the document still has one: the lines before
/// the first heading that carry the cover's labelled facts ("Adviesvrager:", "Uitgebracht
/// door ... op <date> met ...", "Dossierbeheerder:", a reference number such as
/// `RSO-RSO-ADV-1415-005`), plus the council, the date and the title and subtitle.
enum CoverParser {
    struct Result {
        var metadata: Metadata
        /// Lines the cover occupies (they are not body text).
        var lines: [Int]
    }

    static let referenceNumber = TextPattern(#"\b[A-Z]{2,6}(?:-[A-Z]{2,6})*-(?:ADV|VIS|STU|NOT)-\d{4}-\d{2,4}\b"#)
    private static let requesterTail = TextPattern(#",?\s*(?:op|d\.d\.|van)\s*$"#)
    private static let issuerTail = TextPattern(#"\s*(?:op|d\.d\.)\s*$"#)
    private static let vote = TextPattern(#"(?i)^met\s+(.+?)\.?$"#)

    private enum Label: CaseIterable {
        case requester, issued, caseOfficer

        var pattern: TextPattern {
            switch self {
            case .requester: Self.requesterPattern
            case .issued: Self.issuedPattern
            case .caseOfficer: Self.caseOfficerPattern
            }
        }

        private static let requesterPattern = TextPattern(#"(?i)^advies\s*vrager\s*:?"#)
        private static let issuedPattern = TextPattern(#"(?i)^uitgebracht\s+door\b"#)
        private static let caseOfficerPattern = TextPattern(#"(?i)^dossierbeheerder(?:s)?\s*:?"#)
    }

    /// The cover among the body lines before `end` (the first heading).
    static func parse(_ body: Body, before end: Int, typography: Typography) -> Result? {
        let labelled = (0..<end).filter { i in
            isLabelled(body[i].text)
        }
        guard !labelled.isEmpty else { return nil }
        var metadata = Metadata()
        var used = Set<Int>()
        var free: [Int] = []
        var index = 0
        while index < end {
            let text = body[index].text
            if let label = Label.allCases.first(where: { $0.pattern.isMatch(text) }) {
                // A labelled fact may wrap: take lines until the next label or a blank-ish break.
                var parts = [text]
                var next = index + 1
                while next < end, !isLabelled(body[next].text), !body[next].source.breakBefore, next - index < 3,
                      let first = body[next].text.first, first.isLowercase || first.isNumber {
                    parts.append(body[next].text)
                    next += 1
                }
                apply(label, parts.joined(separator: " ").collapsed, to: &metadata)
                used.formUnion(index..<next)
                index = next
                continue
            }
            if let match = referenceNumber.firstMatch(in: text) {
                metadata.referenceNumber = String(match[0]!)
                used.insert(index)
            } else if let council = SignatureParser.councilNamed(in: text), council.count >= text.collapsed.count - 2 {
                metadata.council = council
                used.insert(index)
            } else if let date = DutchDate.first(in: text), date.range.lowerBound == text.startIndex,
                      text[date.range.upperBound...].trimming(.whitespaces).isEmpty {
                metadata.date = date.iso
                metadata.datePrecision = date.precision
                used.insert(index)
            } else if index < labelled.last! {
                free.append(index)
            }
            index += 1
        }
        assignTitle(free, body, typography: typography, to: &metadata)
        used.formUnion(free.filter { $0 < labelled.last! })
        return Result(metadata: metadata, lines: used.sorted())
    }

    private static func isLabelled(_ text: String) -> Bool {
        Label.allCases.contains { $0.pattern.isMatch(text) } || referenceNumber.isMatch(text)
    }

    private static func apply(_ label: Label, _ text: String, to metadata: inout Metadata) {
        let value = label.pattern.replacing(in: text, with: "").trimming(.whitespaces)
        switch label {
        case .requester:
            // "Hilde Crevits, Vlaams minister van Onderwijs, op 23 april 2019"
            if let date = DutchDate.first(in: value) {
                metadata.requestDate = date.iso
                let before = requesterTail.replacing(in: String(value[..<date.range.lowerBound]), with: "")
                metadata.requester = String(before).trimming(CharacterSet(charactersIn: " ,"))
            } else {
                metadata.requester = value
            }
        case .issued:
            // "Uitgebracht door de Raad Secundair Onderwijs op 13 juni 2019 met eenparigheid van stemmen"
            if let date = DutchDate.first(in: value) {
                metadata.issuedDate = date.iso
                let by = issuerTail.replacing(in: String(value[..<date.range.lowerBound]), with: "")
                metadata.issuedBy = String(by).trimming(.whitespaces)
                let after = value[date.range.upperBound...].trimming(.whitespaces)
                if let found = vote.firstMatch(in: after)?[1] { metadata.vote = String(found) }
                if metadata.date == nil {
                    metadata.date = date.iso
                    metadata.datePrecision = date.precision
                }
            } else {
                metadata.issuedBy = value
            }
            if metadata.council == nil, let council = SignatureParser.councilNamed(in: value) { metadata.council = council }
        case .caseOfficer:
            metadata.caseOfficer = value
        }
    }

    /// The title is the most prominent free line (largest type in a PDF, else the first); the
    /// free lines after it, before the labelled facts, are the subtitle.
    private static func assignTitle(_ free: [Int], _ body: Body, typography: Typography,
                                    to metadata: inout Metadata) {
        let candidates = free.filter { !body[$0].text.lowercased().hasPrefix("advies") || free.count == 1 }
        let pool = candidates.isEmpty ? free : candidates
        guard !pool.isEmpty else { return }
        let largest = pool.compactMap { body[$0].source.size }.max()
        var titleLines = pool.filter { largest == nil || (body[$0].source.size ?? 0) >= largest! - 0.5 }
        if largest == nil { titleLines = [pool[0]] }
        // A title that wraps: consecutive lines of the same size.
        if let first = titleLines.first {
            titleLines = [first] + titleLines.dropFirst().enumerated().prefix { offset, line in line == first + offset + 1 }.map(\.element)
        }
        metadata.title = body.texts(titleLines.first!..<titleLines.last! + 1).joined(separator: " ").collapsed
        let rest = pool.filter { $0 > titleLines.last! }
        if !rest.isEmpty { metadata.subtitle = rest.map { body[$0].text }.joined(separator: " ").collapsed }
    }
}
