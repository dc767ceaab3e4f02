import AdviesModel
import AdviesText

/// A line as the parser sees it: text, where it stands, and the typography that matters for
/// structure (size class, weight, raised runs, a paragraph break before it).
struct SourceLine: Sendable {
    var text: String
    var location: SourceLocation
    /// Size the line is mostly set in (PDF only).
    var size: Double?
    var bold: Bool
    /// Nearly all its characters are italic (PDF only).
    var italic: Bool = false
    /// The font family most of it is set in, without weight or slant ("Verdana"; PDF only).
    var family: String?
    var box: Box?
    /// A drawn rule (the footnote separator of a text export).
    var isRule: Bool
    /// Extra space, or blank lines, before this line: a paragraph break.
    var breakBefore: Bool
    /// Character ranges of raised (superscript) runs, with their text.
    var raised: [RaisedRun]
    /// The entry of the PDF's outline that titles this line (see `OutlineMarks`).
    var outlineEntry: Int?
    var outlined: Bool { outlineEntry != nil }

    struct RaisedRun: Sendable, Equatable {
        var offset: Int
        var text: String
    }

    var isBlank: Bool { text.allSatisfy(\.isSpace) }
}

/// Facts about a document's typography, measured over all its lines.
struct Typography: Sendable {
    /// The size most body characters are set in (PDF); nil for text input.
    var bodySize: Double?
    /// Length of a full body line in characters (about the 80th percentile).
    var fullLineLength: Int
    /// Where running text stands on the page (PDF): the usual left edge of body-size lines
    /// and the right edge most of them reach.
    var column: (x0: Double, x1: Double)?

    /// Small type set wholly beside the text column: a margin column's or a letterhead's.
    func isBesideColumn(_ line: SourceLine) -> Bool {
        guard let column, let box = line.box, isSmall(line) else { return false }
        return box.x1 < column.x0 - 5 || box.x0 > column.x1 + 5
    }

    func isSmall(_ line: SourceLine) -> Bool {
        guard let bodySize, let size = line.size else { return false }
        return size < bodySize * 0.9
    }

    func isLarge(_ line: SourceLine) -> Bool {
        guard let bodySize, let size = line.size else { return false }
        return size > bodySize * 1.05
    }

    /// The family and weight most body characters are set in (PDF).
    var bodyFamily: String?
    var bodyBold = false

    /// True when the line visibly stands out as a heading: bold where the body is not, larger,
    /// or in another family at text size (a sans heading over serif text). Italic stands out
    /// only against roman text around it (`HeadingDetector.isItalicAmongRoman`).
    func isEmphasised(_ line: SourceLine) -> Bool {
        (line.bold && !bodyBold) || isLarge(line) || isOtherFamily(line)
    }

    func isOtherFamily(_ line: SourceLine) -> Bool {
        guard let bodyFamily, let family = line.family, let bodySize, let size = line.size else { return false }
        return family != bodyFamily && size >= bodySize * 0.95
    }

    /// A line clearly shorter than a full line of running text.
    func isShort(_ line: SourceLine) -> Bool {
        line.text.count < fullLineLength * 3 / 4
    }
}

extension Typography {
    init(lines: [SourceLine]) {
        var weight: [Double: Int] = [:]
        for line in lines {
            if let size = line.size { weight[(size * 2).rounded() / 2, default: 0] += line.text.count }
        }
        bodySize = weight.max { $0.value == $1.value ? $0.key < $1.key : $0.value < $1.value }?.key
        var families: [String: Int] = [:], boldCharacters = 0, characters = 0
        for line in lines where bodySize.map({ abs(($0) - (line.size ?? 0)) <= 0.5 }) ?? false {
            if let family = line.family { families[family, default: 0] += line.text.count }
            characters += line.text.count
            if line.bold { boldCharacters += line.text.count }
        }
        bodyFamily = families.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key
        bodyBold = characters > 0 && boldCharacters * 2 > characters
        let lengths = lines.map(\.text.count).filter { $0 >= 20 }.sorted()
        fullLineLength = lengths.isEmpty ? 80 : lengths[min(lengths.count - 1, lengths.count * 4 / 5)]
        column = bodySize.flatMap { size in Self.column(of: lines.filter { ($0.size ?? 0) >= size - 0.5 && ($0.size ?? 0) <= size + 0.5 }) }
    }

    /// The most common left edge (to the point) of the lines, and the right edge four in
    /// five of them stay within.
    private static func column(of lines: [SourceLine]) -> (x0: Double, x1: Double)? {
        let boxes = lines.compactMap(\.box)
        guard !boxes.isEmpty else { return nil }
        var lefts: [Int: Int] = [:]
        for box in boxes { lefts[Int(box.x0.rounded()), default: 0] += 1 }
        guard let left = lefts.max(by: { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value })?.key else { return nil }
        let rights = boxes.map(\.x1).sorted()
        return (Double(left), rights[min(rights.count - 1, rights.count * 4 / 5)])
    }
}
