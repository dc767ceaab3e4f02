import AdviesModel
import AdviesText

/// Page furniture told from evidence: lines that recur on many pages (running headers and
/// footers, "Pagina 3 van 11"), and what stands below the running footer's band.
///
/// In a PDF a line is furniture when its text, numbers aside, recurs at the same height on at
/// least two pages and on two in five of them; line order is not trusted (a margin column or
/// a footer may come before the notes in poppler's order). Below the highest running footer
/// only furniture stands (the legal small print under a first page's footer). A text export
/// has no positions: there the first and last two lines of a page are compared, and a line
/// must recur on half the pages, at least three.
struct RunningFurniture {
    private var keys: Set<String> = []
    /// Recurring (key, height) pairs of a PDF, heights in buckets of 2 pt.
    private var placed: Set<Placed> = []
    /// The top of the running footer band, when the document has one.
    private var footerBand: Double?

    private struct Placed: Hashable {
        var key: String
        var height: Int
    }

    init(pages: [[SourceLine]]) {
        if pages.contains(where: { $0.contains { $0.box != nil } }) {
            placeByHeight(pages)
        } else {
            compareEdges(pages)
        }
    }

    func contains(_ line: SourceLine) -> Bool {
        guard let box = line.box else { return !keys.isEmpty && keys.contains(Self.key(line)) }
        if let footerBand, box.y0 >= footerBand { return true }
        let key = Self.key(line), height = Self.bucket(box.y0)
        return (height - 1...height + 1).contains { placed.contains(Placed(key: key, height: $0)) }
    }

    private mutating func placeByHeight(_ pages: [[SourceLine]]) {
        guard pages.count >= 2 else { return }
        var pagesOf: [Placed: Set<Int>] = [:]
        for (number, page) in pages.enumerated() {
            for line in page where !line.isRule && !line.isBlank {
                guard let box = line.box else { continue }
                let key = Self.key(line), height = Self.bucket(box.y0)
                // A line two pages set a point apart may fall into neighbouring buckets.
                for h in height - 1...height + 1 { pagesOf[Placed(key: key, height: h), default: []].insert(number) }
            }
        }
        let needed = max(2, Int((Double(pages.count) * 0.4).rounded(.up)))
        placed = Set(pagesOf.filter { $0.value.count >= needed }.keys)
        // The footer band: recurring lines in the lower half of their pages, the highest of them.
        var band: Double?
        for page in pages {
            let heights = page.compactMap(\.box?.y0).sorted()
            guard let middle = heights.isEmpty ? nil : heights[heights.count / 2] else { continue }
            for line in page {
                guard let box = line.box, box.y0 > middle, recurs(line) else { continue }
                band = min(band ?? box.y0, box.y0)
            }
        }
        footerBand = band.map { $0 - 1 }
    }

    private func recurs(_ line: SourceLine) -> Bool {
        guard let box = line.box else { return false }
        return placed.contains(Placed(key: Self.key(line), height: Self.bucket(box.y0)))
    }

    private mutating func compareEdges(_ pages: [[SourceLine]]) {
        guard pages.count >= 3 else { return }
        var counts: [String: Int] = [:]
        for page in pages {
            let content = page.filter { !$0.isRule && !$0.isBlank }
            var edge = Array(content.prefix(2)) + Array(content.suffix(2))
            if content.count < 4 { edge = content }
            for key in Set(edge.map(Self.key)) where key.count >= 4 { counts[key, default: 0] += 1 }
        }
        let needed = max(3, pages.count / 2)
        keys = Set(counts.filter { $0.value >= needed }.keys)
    }

    private static func bucket(_ y: Double) -> Int { Int((y / 2).rounded(.down)) }

    /// Numbers vary from page to page ("pagina 3", "pagina 12"); the rest of the line does not.
    private static func key(_ line: SourceLine) -> String {
        // Over UTF-8 bytes (a run of ASCII digits becomes one "#"): this runs for every line.
        var key: [UInt8] = []
        key.reserveCapacity(line.text.utf8.count)
        for byte in line.text.utf8 {
            let digit = byte >= 0x30 && byte <= 0x39
            if digit && key.last == 0x23 { continue }
            key.append(digit ? 0x23 : byte)
        }
        return String(decoding: key, as: UTF8.self)
    }
}
