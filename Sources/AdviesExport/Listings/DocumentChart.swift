import AdviesModel

/// Documents per year and council or body as an SVG bar chart: one stacked bar a year, a
/// colour a council (the citation graph's colours for the Vlor's councils), the eight largest
/// named in the legend and the rest as "other". Each segment's `<title>` gives its count.
public enum DocumentChart {
    static let palette = ["#219ebc", "#fb8500", "#8338ec", "#06d6a0", "#ef476f", "#ffb703", "#3a86ff", "#8d99ae"]
    static let otherColour = "#d9d9d9", shown = 8

    public static func render(_ counts: [DocumentCount]) -> String {
        let dated = counts.filter { $0.year != nil }
        guard !dated.isEmpty else { return "" }
        var totals: [String: Int] = [:]
        for c in dated { totals[c.council ?? "(none)", default: 0] += c.count }
        let named = totals.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(shown).map(\.key)
        var colours: [String: String] = [:]
        var next = 0
        for council in named {
            let known = DOTRenderer.colour(council: council, kind: nil)
            if known != DOTRenderer.colour(council: nil, kind: nil) { colours[council] = known; continue }
            colours[council] = palette[next % palette.count]
            next += 1
        }
        let years = Array(Set(dated.compactMap(\.year))).sorted()
        let firstYear = years.first!, lastYear = years.last!
        var stacks: [Int: [(String, Int)]] = [:]
        for c in dated {
            let council = c.council ?? "(none)"
            let key = colours[council] == nil ? "other" : council
            if let i = stacks[c.year!, default: []].firstIndex(where: { $0.0 == key }) {
                stacks[c.year!]![i].1 += c.count
            } else {
                stacks[c.year!, default: []].append((key, c.count))
            }
        }
        let highest = max(1, stacks.values.map { $0.reduce(0) { $0 + $1.1 } }.max() ?? 1)
        let left = 44, top = 12, plotHeight = 220, barSlot = max(6, min(40, 900 / (lastYear - firstYear + 1)))
        let width = max(360, left + barSlot * (lastYear - firstYear + 1) + 16)
        let legendColumns = width >= 640 ? 3 : 1
        let legendRows = (named.count + (colours.count < totals.count ? 1 : 0) + legendColumns - 1) / legendColumns
        let height = top + plotHeight + 30 + legendRows * 18 + 8
        func y(_ value: Int) -> Int { top + plotHeight - value * plotHeight / highest }

        var svg = [SVG.open(class: "chart", width: width, height: height, label: "Documents per year and council")]
        for step in gridSteps(highest) {
            svg.append("<line stroke=\"#e5e5e5\" x1=\"\(left)\" y1=\"\(y(step))\" x2=\"\(width - 8)\" y2=\"\(y(step))\"/>"
                       + "<text x=\"\(left - 6)\" y=\"\(y(step) + 4)\" text-anchor=\"end\">\(step)</text>")
        }
        let labelEvery = max(1, (lastYear - firstYear + 1) * 34 / max(1, width - left))
        for (i, year) in (firstYear...lastYear).enumerated() {
            let x = left + i * barSlot
            var base = 0
            for (council, count) in stacks[year] ?? [] {
                let colour = colours[council] ?? otherColour
                svg.append("<rect x=\"\(x + 1)\" y=\"\(y(base + count))\" width=\"\(barSlot - 2)\" height=\"\(y(base) - y(base + count))\" "
                           + "fill=\"\(colour)\"><title>\(year) · \(HTML.escape(council)): \(count)</title></rect>")
                base += count
            }
            if i % labelEvery == 0 {
                svg.append("<text x=\"\(x + barSlot / 2)\" y=\"\(top + plotHeight + 16)\" text-anchor=\"middle\">\(year)</text>")
            }
        }
        var entries = named.map { ($0, colours[$0]!) }
        if colours.count < totals.count { entries.append(("other", otherColour)) }
        for (i, (council, colour)) in entries.enumerated() {
            let lx = 8 + (i % legendColumns) * ((width - 16) / legendColumns)
            let ly = top + plotHeight + 34 + (i / legendColumns) * 18
            svg.append("<rect x=\"\(lx)\" y=\"\(ly - 9)\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>"
                       + "<text x=\"\(lx + 14)\" y=\"\(ly)\">\(HTML.escape(String(council.prefix(40))))</text>")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// Round values for the horizontal grid lines, about four of them.
    static func gridSteps(_ highest: Int) -> [Int] {
        let rough = max(1, highest / 4)
        let magnitude = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000].first { $0 >= rough } ?? rough
        return Array(stride(from: magnitude, through: highest, by: magnitude))
    }
}
