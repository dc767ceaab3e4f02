import AdviesModel

/// A policy thread as an SVG timeline: documents by date from left to right, one lane per
/// council or body, each item a mark in its document's column (recommendations coloured by
/// strength, answers as diamonds, passages as circles), links as curves coloured by reason.
/// A mark's and a link's `<title>` is what a hover shows (the passage, the reason); each
/// links to `#item-<n>` (`anchor`), where the page shows the passage in full.
public enum ThreadTimeline {
    public static func anchor(_ index: Int) -> String { "item-\(index)" }

    /// The lane an item is drawn in: its council or body, else what kind of document it is.
    public static func lane(_ item: PolicyThread.Item) -> String {
        item.council ?? (item.documentKind == .writtenQuestion ? "Vlaams Parlement (questions)" : "\(item.documentKind.rawValue), no council named")
    }

    static let reasonColours: [(PolicyThread.Link.Reason, String)] = [
        (.cites, "#1d4ed8"), (.similarRecommendation, "#c2410c"), (.sameAddressee, "#7c3aed"), (.reportsMeasure, "#15803d"),
    ]
    static let strengthColours: [RecommendationStrength: String] = [
        .urges: "#991b1b", .asks: "#dc2626", .proposes: "#f59e0b", .normative: "#0e7490", .soft: "#94a3b8",
    ]

    // Geometry, in SVG user units.
    static let labelWidth = 190, plotWidth = 860, mark = 9, step = 12, rowsPerColumn = 6, laneGap = 16, top = 34

    public static func render(_ thread: PolicyThread) -> String {
        guard !thread.items.isEmpty else { return "" }
        let lanes = thread.items.reduce(into: [String]()) { if !$0.contains(lane($1)) { $0.append(lane($1)) } }
        let times = thread.items.compactMap { time($0.date) }
        let first = (times.min() ?? 2000).rounded(.down), last = max((times.max() ?? 2000).rounded(.down) + 1, first + 1)
        func x(_ t: Double) -> Int { labelWidth + Int((t - first) / (last - first) * Double(plotWidth)) }

        // Each document a column in its lane, later documents pushed right past earlier ones.
        var columns: [String: (lane: Int, x: Int, count: Int)] = [:]
        var order: [String] = []
        var laneEnd = Array(repeating: Int.min, count: lanes.count)
        for item in thread.items where columns[item.documentId] == nil {
            let l = lanes.firstIndex(of: lane(item))!
            let count = thread.items.filter { $0.documentId == item.documentId }.count
            let width = ((count + rowsPerColumn - 1) / rowsPerColumn) * step
            let left = max(time(item.date).map(x) ?? labelWidth + plotWidth, laneEnd[l] + 4)
            laneEnd[l] = left + width
            columns[item.documentId] = (l, left, count)
            order.append(item.documentId)
        }
        let rows = lanes.indices.map { l in min(rowsPerColumn, columns.values.filter { $0.lane == l }.map(\.count).max() ?? 1) }
        var laneTop: [Int] = []
        var y = top
        for r in rows { laneTop.append(y); y += r * step + 2 * laneGap }
        let width = max(labelWidth + plotWidth + 40, (laneEnd.max() ?? 0) + 20)
        let height = y + 40

        // Where each item's mark is.
        var centre: [String: (x: Int, y: Int)] = [:]
        var placed: [String: Int] = [:]
        for item in thread.items {
            let column = columns[item.documentId]!
            let k = placed[item.documentId, default: 0]
            placed[item.documentId] = k + 1
            centre[item.id] = (column.x + (k / rowsPerColumn) * step + mark / 2,
                               laneTop[column.lane] + laneGap + (k % rowsPerColumn) * step + mark / 2)
        }
        func endpoint(_ id: String) -> (x: Int, y: Int)? {
            centre[id] ?? thread.items.first { $0.documentId == id }.flatMap { centre[$0.id] }
        }

        // Presentation attributes only, no <style>: the page's stylesheet adds hover effects,
        // and a strict content security policy forbids inline styles.
        var svg = [SVG.open(class: "timeline", width: width, height: height, label: "Timeline of \(thread.subject)")]
        for (l, name) in lanes.enumerated() {
            svg.append("<rect class=\"lane\" fill=\"#f6f5f1\" x=\"0\" y=\"\(laneTop[l])\" width=\"\(width)\" height=\"\(rows[l] * step + 2 * laneGap - 4)\"/>")
            svg.append("<text x=\"6\" y=\"\(laneTop[l] + laneGap + 8)\">\(HTML.escape(String(name.prefix(32))))</text>")
        }
        let span = Int(last - first)
        let every = span > 24 ? 5 : span > 10 ? 2 : 1
        for year in stride(from: Int(first), through: Int(last), by: every) {
            let tx = x(Double(year))
            svg.append("<line stroke=\"#dddddd\" x1=\"\(tx)\" y1=\"\(top - 6)\" x2=\"\(tx)\" y2=\"\(height - 40)\"/>")
            svg.append("<text x=\"\(tx + 2)\" y=\"\(top - 10)\">\(year)</text>")
        }

        let labelled = thread.links.count <= 30
        for link in thread.links {
            guard let a = endpoint(link.from), let b = endpoint(link.to) else { continue }
            let colour = reasonColours.first { $0.0 == link.reason }!.1
            let bend = max(20, abs(b.x - a.x) / 3)
            let path = "M\(a.x),\(a.y) C\(a.x + bend),\(a.y - bend / 2) \(b.x - bend),\(b.y - bend / 2) \(b.x),\(b.y)"
            let target = thread.items.firstIndex { $0.id == link.to }.map(anchor) ?? ""
            svg.append("<a href=\"#\(target)\"><path class=\"link \(link.reason.rawValue)\" d=\"\(path)\" stroke=\"\(colour)\" "
                       + "fill=\"none\" stroke-width=\"1.4\" stroke-opacity=\"0.6\">"
                       + "<title>\(HTML.escape(describe(link)))</title></path></a>")
            if labelled {
                svg.append("<text x=\"\((a.x + b.x) / 2)\" y=\"\((a.y + b.y) / 2 - bend / 3)\" fill=\"\(colour)\" font-size=\"9\">"
                           + "\(HTML.escape(label(link)))</text>")
            }
        }
        for (index, item) in thread.items.enumerated() {
            let c = centre[item.id]!
            let tip = HTML.escape(tooltip(item))
            let shape: String
            switch item.kind {
            case .recommendation:
                let colour = item.strength.flatMap { strengthColours[$0] } ?? "#64748b"
                shape = "<rect x=\"\(c.x - mark / 2)\" y=\"\(c.y - mark / 2)\" width=\"\(mark)\" height=\"\(mark)\" fill=\"\(colour)\">"
                    + "<title>\(tip)</title></rect>"
            case .answer:
                let r = mark / 2 + 1
                shape = "<polygon points=\"\(c.x),\(c.y - r) \(c.x + r),\(c.y) \(c.x),\(c.y + r) \(c.x - r),\(c.y)\" fill=\"#15803d\">"
                    + "<title>\(tip)</title></polygon>"
            case .passage:
                shape = "<circle cx=\"\(c.x)\" cy=\"\(c.y)\" r=\"\(mark / 2)\" fill=\"#9ca3af\"><title>\(tip)</title></circle>"
            }
            svg.append("<a href=\"#\(anchor(index))\">\(shape)</a>")
        }
        // Legend: marks, then link reasons.
        var lx = 6
        let ly = height - 18
        func legend(_ swatch: String, _ text: String) {
            svg.append(swatch + "<text x=\"\(lx + 14)\" y=\"\(ly + 4)\">\(text)</text>")
            lx += 24 + text.count * 6
        }
        for strength in RecommendationStrength.allCases {
            legend("<rect x=\"\(lx)\" y=\"\(ly - 4)\" width=\"9\" height=\"9\" fill=\"\(strengthColours[strength]!)\"/>", strength.rawValue)
        }
        legend("<polygon points=\"\(lx + 5),\(ly - 5) \(lx + 10),\(ly) \(lx + 5),\(ly + 5) \(lx),\(ly)\" fill=\"#15803d\"/>", "answer")
        legend("<circle cx=\"\(lx + 4)\" cy=\"\(ly)\" r=\"4\" fill=\"#9ca3af\"/>", "passage")
        for (reason, colour) in reasonColours {
            legend("<line x1=\"\(lx)\" y1=\"\(ly)\" x2=\"\(lx + 11)\" y2=\"\(ly)\" stroke=\"\(colour)\" stroke-width=\"2\"/>", reason.rawValue)
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// A date as a fractional year ("2019-06-13" → 2019.45); nil when undated.
    static func time(_ date: String?) -> Double? {
        guard let date else { return nil }
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first else { return nil }
        let month = parts.count > 1 ? Double(parts[1] - 1) / 12 : 0
        let day = parts.count > 2 ? Double(parts[2] - 1) / 365 : 0
        return Double(year) + month + day
    }

    /// A link named by its reason, briefly (drawn beside it).
    public static func label(_ link: PolicyThread.Link) -> String {
        switch link.reason {
        case .cites: "cites" + (link.via.map { " (\($0))" } ?? "")
        default: link.reason.rawValue + (link.score.map { " " + String(Int(($0 * 100).rounded())) + "%" } ?? "")
        }
    }

    /// A link in full: reason, score, where it cites, the shared terms.
    public static func describe(_ link: PolicyThread.Link) -> String {
        var text = "\(link.reason.rawValue): \(link.from) → \(link.to)"
        if let score = link.score { text += " (score \(score))" }
        if let via = link.via { text += " via \(via)" }
        if !link.sharedTerms.isEmpty { text += "; shared: \(link.sharedTerms.joined(separator: ", "))" }
        return text
    }

    static func tooltip(_ item: PolicyThread.Item) -> String {
        let what = item.kind == .recommendation ? "recommendation \(item.strength?.rawValue ?? "")" : item.kind.rawValue
        let addressee = item.addressee.map { " → \($0)" } ?? ""
        let text = item.text.count > 280 ? item.text.prefix(280) + "…" : item.text
        return "\(item.date ?? "undated") · \(item.documentId) · \(what)\(addressee)\n\(text)"
    }
}
