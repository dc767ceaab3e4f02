import AdviesModel
import AdviesText
import Foundation

/// Reads a plain-text export into the layout model.
///
/// Page breaks: a form feed, or (in exports without form feeds) a line that begins with exactly
/// one space, the convention of the council's text exports. A line of many spaces is the
/// footnote rule. Blank lines are not kept as lines; the next line counts them.
public struct TextExtractor: Sendable {
    public init() {}

    public func extract(_ url: URL) throws(ExtractionError) -> LayoutDocument {
        try extract(FileProbe.read(url), source: url.path)
    }

    /// Reads the bytes of a text file; `source` names it in the result.
    public func extract(_ data: Data, source: String) throws(ExtractionError) -> LayoutDocument {
        let decoded = try TextDecoding.decode(data)
        var document = layout(decoded.text, source: source)
        document.info.encoding = decoded.encoding
        document.diagnostics = decoded.diagnostics + document.diagnostics
        return document
    }

    /// The layout of text already in memory.
    public func layout(_ text: String, source: String) -> LayoutDocument {
        // Most exports have no carriage returns; replacing through NSString copies the whole text.
        let normalised = !text.utf8.contains(13) ? text
            : text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let chunks = normalised.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        let usesLeadingSpaceBreaks = chunks.count == 1 && Self.leadingSpaceMarksPages(normalised)
        var pages: [LayoutPage] = []
        var wrapped = 0
        for chunk in chunks {
            var current: [LayoutLine] = []
            var blanks = 0
            for raw in chunk.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = String(raw)
                if line.allSatisfy(\.isSpace) {
                    if line.count >= Self.ruleWidth {
                        current.append(LayoutLine(text: "", spans: [], isRule: true, blankLinesBefore: blanks))
                        blanks = 0
                    } else {
                        blanks += 1
                    }
                    continue
                }
                if usesLeadingSpaceBreaks && Self.startsPage(raw) && !current.isEmpty {
                    pages.append(LayoutPage(number: pages.count + 1, lines: current))
                    current = []
                    blanks = 0
                }
                let trimmed = line.trimming(.whitespaces)
                let trailing = line.reversed().prefix { $0 == " " || $0 == "\t" }.count
                let pieces = Self.wrap(trimmed)
                if pieces.count > 1 { wrapped += 1 }
                for (index, piece) in pieces.enumerated() {
                    current.append(.plain(piece, blankLinesBefore: index == 0 ? blanks : 0,
                                          trailingSpaces: index == pieces.count - 1 ? trailing : 1))
                }
                blanks = 0
            }
            if !current.isEmpty || pages.isEmpty || chunks.count > 1 {
                pages.append(LayoutPage(number: pages.count + 1, lines: current))
            }
        }
        // A trailing form feed leaves an empty last page; it is not a page.
        while pages.count > 1, pages.last!.lines.isEmpty { pages.removeLast() }
        pages = Self.foldLinkOnlyPages(pages)
        let info = DocumentInfo(pageCount: pages.count)
        var diagnostics: [Diagnostic] = []
        if wrapped > 0 {
            diagnostics.append(Diagnostic(.warning, .longLineWrapped,
                                          "\(wrapped) line(s) longer than \(Self.longestLine) characters were wrapped"))
        }
        return LayoutDocument(source: source, format: .text, info: info, pages: pages, diagnostics: diagnostics)
    }

    /// A page's hyperlink targets are printed after its footnotes; when that block itself
    /// begins with a space it looks like a new page. A "page" of nothing but URLs is the tail
    /// of the one before it.
    static func foldLinkOnlyPages(_ pages: [LayoutPage]) -> [LayoutPage] {
        var result: [LayoutPage] = []
        for page in pages {
            let linkOnly = !page.lines.isEmpty && page.lines.allSatisfy { $0.isRule || isURL($0.text) }
            if linkOnly, var previous = result.popLast() {
                previous.lines += page.lines
                result.append(previous)
            } else {
                var renumbered = page
                renumbered.number = result.count + 1
                result.append(renumbered)
            }
        }
        return result
    }

    static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www."))
            && !text.contains(" ")
    }

    /// Lines longer than this (no printed page has them) are wrapped at a space, or cut.
    static let longestLine = 2_000

    static func wrap(_ line: String) -> [String] {
        guard line.utf8.count > longestLine else { return [line] }
        var pieces: [String] = []
        var rest = Substring(line)
        while let limit = rest.index(rest.startIndex, offsetBy: longestLine, limitedBy: rest.endIndex), limit < rest.endIndex {
            let cut = rest[..<limit].lastIndex(of: " ") ?? limit
            pieces.append(String(rest[..<cut]))
            rest = rest[cut...].drop { $0 == " " }
        }
        if !rest.isEmpty { pieces.append(String(rest)) }
        return pieces
    }

    /// Width from which a line of spaces is a drawn rule rather than a blank line.
    static let ruleWidth = 20

    static func startsPage(_ line: Substring) -> Bool {
        guard line.first == " " else { return false }
        let second = line.dropFirst().first
        return second != nil && second != " " && second != "\t"
    }

    /// The one-space page convention holds only where few lines begin with a space; a text
    /// indented throughout is not paged that way.
    static func leadingSpaceMarksPages(_ text: String) -> Bool {
        var content = 0, marked = 0
        for line in text.split(separator: "\n") where !line.allSatisfy(\.isSpace) {
            content += 1
            if startsPage(line) { marked += 1 }
        }
        return marked > 0 && marked * 5 <= content
    }
}
