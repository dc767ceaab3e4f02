/// Page numbers as a note says them, runs joined: "pages 1–5000", "pages 1–3, 5", "page 4";
/// a note about 5,000 pages stays one short line.
enum PageRanges {
    /// "all 6 pages" when `pages` are every one of `total`, else as `text`.
    static func text(_ pages: [Int], of total: Int) -> String {
        pages.count == total && total > 1 ? "all \(total) pages" : text(pages)
    }

    /// "page 4", "pages 1–3, 5" (in the order given, ascending).
    static func text(_ pages: [Int]) -> String {
        if pages.count == 1 { return "page \(pages[0])" }
        var runs: [String] = []
        var index = pages.startIndex
        while index < pages.endIndex {
            var end = index
            while end + 1 < pages.endIndex, pages[end + 1] == pages[end] + 1 { end += 1 }
            runs.append(end == index ? "\(pages[index])" : "\(pages[index])–\(pages[end])")
            index = end + 1
        }
        return "pages " + runs.joined(separator: ", ")
    }
}
