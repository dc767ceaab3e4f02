/// Documents and works as nodes, citations as edges.
public struct CitationGraph: Codable, Sendable {
    public struct Node: Codable, Sendable, Hashable {
        public enum Kind: String, Codable, Sendable {
            case document, work
        }

        public var id: String
        public var kind: Kind
        public var label: String
        public var date: String?
        public var council: String?
        public var documentKind: DocumentKind?

        public init(id: String, kind: Kind, label: String, date: String?, council: String?, documentKind: DocumentKind? = nil) {
            self.id = id
            self.kind = kind
            self.label = label
            self.date = date
            self.council = council
            self.documentKind = documentKind
        }

        var year: Int? { date.flatMap { Int($0.prefix(4)) } }
    }

    public struct Edge: Codable, Sendable, Hashable {
        public var from: String
        public var to: String
        /// Where the citing document cites: "footnote 3", "Bronnen".
        public var via: [String]

        public init(from: String, to: String, via: [String]) {
            self.from = from
            self.to = to
            self.via = via
        }
    }

    public var nodes: [Node]
    public var edges: [Edge]

    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }

    /// The part of the graph within `depth` citation steps (either direction) of `id`.
    public func around(_ id: String, depth: Int) -> CitationGraph {
        var keep: Set<String> = [id]
        var frontier: Set<String> = [id]
        for _ in 0..<max(0, depth) {
            var next = Set<String>()
            for edge in edges {
                if frontier.contains(edge.from) && !keep.contains(edge.to) { next.insert(edge.to) }
                if frontier.contains(edge.to) && !keep.contains(edge.from) { next.insert(edge.from) }
            }
            keep.formUnion(next)
            frontier = next
        }
        return CitationGraph(nodes: nodes.filter { keep.contains($0.id) },
                             edges: edges.filter { keep.contains($0.from) && keep.contains($0.to) })
    }

    // MARK: - DOT

    /// Graphviz DOT: time runs left to right (one rank per year), documents are coloured by
    /// council, works are grey.
    public func dot() -> String {
        var lines = ["digraph citations {", "  rankdir=LR;", "  newrank=true;",
                     "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];",
                     "  edge [color=\"#666666\", arrowsize=0.6, fontname=\"Helvetica\", fontsize=8];"]
        let years = Set(nodes.compactMap(\.year)).sorted()
        for year in years { lines.append("  \(Self.quote("year:\(year)")) [shape=plaintext, style=\"\", label=\"\(year)\"];") }
        if years.count > 1 {
            lines.append("  " + years.map { Self.quote("year:\($0)") }.joined(separator: " -> ") + " [style=invis];")
        }
        for node in nodes {
            let label = [node.label, node.date].compactMap { $0 }.joined(separator: "\n")
            let color = node.kind == .work ? "#dddddd" : Self.colour(council: node.council, kind: node.documentKind)
            let shape = node.kind == .work ? ", shape=note" : ""
            lines.append("  \(Self.quote(node.id)) [label=\(Self.quote(label)), fillcolor=\"\(color)\"\(shape)];")
        }
        for year in years {
            let members = nodes.filter { $0.year == year }.map { Self.quote($0.id) }
            lines.append("  { rank=same; \(Self.quote("year:\(year)")); \(members.joined(separator: "; ")); }")
        }
        for edge in edges {
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
