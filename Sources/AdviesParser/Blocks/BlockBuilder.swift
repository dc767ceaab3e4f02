import AdviesModel
import AdviesText

/// Groups the body lines of one section into paragraphs and bullets.
///
/// A bullet opens with a glyph ("¬", "•", "–", "-"), a symbol OCR makes of one or a plain-text
/// export uses ("= ", "« ", "© ", "* ", "+ "), or OCR's "e "/"o " before a capital. A glyph not seen before in the running list opens a
/// sub-bullet, which stays in its parent's text. Lines after a bullet belong to it until a
/// paragraph break. The sentence ending in ":" just before a list is its lead-in.
struct BlockBuilder {
    let joiner: LineJoiner

    struct Line {
        var text: String
        var source: SourceLine
    }

    func build(_ lines: [Line], section: SectionID?, turn: Turn? = nil) -> [Block] {
        var blocks: [Block] = []
        var parts: [String] = []
        var kind = Block.Kind.paragraph
        var span: SourceSpan?
        var listGlyphs: [String] = []
        var leadIn: String?

        func close() {
            guard !parts.isEmpty, let span else { return }
            let text = joiner.join(parts)
            if !text.isEmpty {
                blocks.append(Block(kind: kind, text: text, section: section, turn: turn, depth: kind == .bullet ? 1 : nil,
                                    leadIn: kind == .bullet ? leadIn : nil, span: span))
            }
            parts = []
        }

        for line in lines {
            let location = line.source.location
            if let (glyph, rest) = Self.bullet(line.text) {
                let isSubBullet = kind == .bullet && !listGlyphs.isEmpty && glyph != listGlyphs[0]
                if isSubBullet {
                    if !listGlyphs.contains(glyph) { listGlyphs.append(glyph) }
                    parts.append(rest)
                    span = span?.extended(to: location)
                    continue
                }
                if kind != .bullet {
                    leadIn = Self.leadIn(of: blocks.last, closing: parts.isEmpty ? nil : joiner.join(parts))
                    listGlyphs = [glyph]
                }
                close()
                kind = .bullet
                parts = [rest]
                span = SourceSpan(location)
                continue
            }
            if parts.isEmpty || (line.source.breakBefore && !Self.runsOn(parts.last!, into: line.text)) {
                close()
                kind = .paragraph
                listGlyphs = []
                parts = [line.text]
                span = SourceSpan(location)
            } else {
                parts.append(line.text)
                span = span?.extended(to: location)
            }
        }
        close()
        return blocks
    }

    /// A sentence cannot end on a comma, colon or hyphen, nor before a lower-case word: the
    /// line after such a line continues it whatever the spacing.
    static func runsOn(_ previous: String, into next: String) -> Bool {
        guard let last = previous.last else { return false }
        if ",:-–".contains(last) { return true }
        return last.isLetter && (next.first?.isLowercase ?? false)
    }

    /// The lead-in of a list: the last sentence of the paragraph before it, when it ends in ":".
    private static func leadIn(of previous: Block?, closing current: String?) -> String? {
        guard let text = current ?? (previous?.kind == .paragraph ? previous?.text : nil) else { return nil }
        guard let last = SentenceSplitter.split(text).last, last.hasSuffix(":") else { return nil }
        return last
    }

    /// The bullet glyph a line opens with, and the text after it.
    static func bullet(_ text: String) -> (glyph: String, rest: String)? {
        guard let first = text.first else { return nil }
        if "¬•▪◦●■□➢►✓·‣⁃∙◾▫".contains(first) {
            return (String(first), String(text.dropFirst()).trimming(.whitespaces))
        }
        if "-–—".contains(first), text.dropFirst().first == " " {
            return (String(first), String(text.dropFirst(2)).trimming(.whitespaces))
        }
        // OCR reads bullet glyphs as symbols ("= ", "« ", "© ", "* "); no sentence opens with one.
        if "=«»©®*+".contains(first), text.dropFirst().first == " " {
            return ("ocr", String(text.dropFirst(2)).trimmingCharacters(in: .whitespaces))
        }
        // OCR reads round bullets as "e" or "o"; no Dutch sentence opens with either alone.
        if first == "e" || first == "o", let match = ocrBullet.firstMatch(in: text) {
            return ("ocr", String(text[match.range.upperBound...]))
        }
        return nil
    }

    private static let ocrBullet = TextPattern(#"^[eo]\s+(?=[\p{Lu}‘“"(])"#)
}
