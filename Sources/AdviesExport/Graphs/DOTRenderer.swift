import AdviesModel

/// The citation graph in Graphviz DOT: time runs left to right (one rank per year), documents
/// are coloured by council, works are grey. `href` gives a node a link (the web app's pages).
public enum DOTRenderer {
    public static func render(_ graph: CitationGraph, href: (CitationGraph.Node) -> String? = { _ in nil }) -> String {
        var lines = ["digraph citations {", "  rankdir=LR;", "  newrank=true;",
                     "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];",
                     "  edge [color=\"#666666\", arrowsize=0.6, fontname=\"Helvetica\", fontsize=8];"]
        let years = Set(graph.nodes.compactMap(\.year)).sorted()
        for year in years { lines.append("  \(Self.quote("year:\(year)")) [shape=plaintext, style=\"\", label=\"\(year)\"];") }
        if years.count > 1 {
            lines.append("  " + years.map { Self.quote("year:\($0)") }.joined(separator: " -> ") + " [style=invis];")
        }
        for node in graph.nodes {
            let label = [node.label, node.date].compactMap { $0 }.joined(separator: "\n")
            let color = node.kind == .work ? "#dddddd" : Self.colour(council: node.council, kind: node.documentKind)
            let shape = node.kind == .work ? ", shape=note" : ""
            let link = href(node).map { ", href=\(Self.quote($0)), target=\"_top\"" } ?? ""
            lines.append("  \(Self.quote(node.id)) [label=\(Self.quote(label)), fillcolor=\"\(color)\"\(shape)\(link)];")
        }
        for year in years {
            let members = graph.nodes.filter { $0.year == year }.map { Self.quote($0.id) }
            lines.append("  { rank=same; \(Self.quote("year:\(year)")); \(members.joined(separator: "; ")); }")
        }
        for edge in graph.edges {
            lines.append("  \(Self.quote(edge.from)) -> \(Self.quote(edge.to)) [tooltip=\(Self.quote(edge.via.joined(separator: ", ")))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    /// A DOT string: quotes and backslashes escaped, line breaks as \n.
    static func quote(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\r\n": out += "\\n"
            // Control characters are not allowed in the SVG (XML) Graphviz writes.
            case _ where c.unicodeScalars.allSatisfy({ $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }): out += " "
            default: out.append(c)
            }
        }
        return "\"" + out + "\""
    }

    static func colour(council: String?, kind: DocumentKind?) -> String {
        if kind == .writtenQuestion { return "#f4c27a" }
        switch council {
        case "Raad Secundair Onderwijs": return "#8ecae6"
        case "Raad Hoger Onderwijs": return "#b5e48c"
        case "Algemene Raad": return "#ffafcc"
        case "Raad Basisonderwijs": return "#cdb4db"
        case "Raad Levenslang en Levensbreed Leren": return "#ffd6a5"
        default: return "#bde0fe"
        }
    }
}
