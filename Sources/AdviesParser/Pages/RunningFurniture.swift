import AdviesModel
import AdviesText

/// Lines repeated at the top or bottom of many pages: running headers and footers.
struct RunningFurniture {
    private var keys: Set<String> = []

    init(pages: [[SourceLine]]) {
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

    func contains(_ line: SourceLine) -> Bool {
        !keys.isEmpty && keys.contains(Self.key(line))
    }

    /// Digits vary from page to page ("pagina 3"); the rest of the line does not.
    private static func key(_ line: SourceLine) -> String {
        String(line.text.map { $0.isNumber ? "#" : $0 })
    }
}
