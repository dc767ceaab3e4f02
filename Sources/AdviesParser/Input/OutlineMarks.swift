import AdviesModel
import AdviesText

/// A PDF's bookmarks name its headings: each entry marks the line (or the lines a title wraps
/// over) on its page whose text is the entry's title, a number before it allowed, the line
/// nearest the entry's destination when several are. The entry that repeats the document's
/// title (the largest type on the first page) is its title, not a section.
enum OutlineMarks {
    static func mark(_ pages: inout [[SourceLine]], outline: [OutlineEntry]) {
        for (position, entry) in outline.enumerated() {
            guard let number = entry.page, number >= 1, number <= pages.count else { continue }
            let title = squashed(entry.title)
            guard title.count >= 2 else { continue }
            let page = pages[number - 1]
            let found = page.indices.compactMap { start in lines(titling: title, from: start, on: page) }
            guard let best = found.min(by: { distance($0.first!, page, entry) < distance($1.first!, page, entry) })
            else { continue }
            if number == 1, isDocumentTitle(best, on: page) { continue }
            for index in best { pages[number - 1][index].outlineEntry = position }
        }
    }

    /// The lines from `start` (up to three) whose joined text is the title, or ends with it
    /// after a number.
    private static func lines(titling title: String, from start: Int, on page: [SourceLine]) -> [Int]? {
        var joined = ""
        for index in start..<min(start + 3, page.count) where !page[index].isRule {
            joined += squashed(page[index].text)
            let core = joined.drop { $0.isNumber }
            if joined == title || core == title { return Array(start...index) }
            guard !core.isEmpty, title.hasPrefix(core) else { return nil }
        }
        return nil
    }

    private static func distance(_ index: Int, _ page: [SourceLine], _ entry: OutlineEntry) -> Double {
        guard let top = entry.top, let box = page[index].box else { return Double(index) }
        return abs(box.y0 - top)
    }

    private static func isDocumentTitle(_ lines: [Int], on page: [SourceLine]) -> Bool {
        let largest = page.compactMap(\.size).max()
        return largest != nil && page[lines[0]].size == largest
    }

    /// Letters and digits only, lower-cased: titles compare across spacing and punctuation.
    static func squashed(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
