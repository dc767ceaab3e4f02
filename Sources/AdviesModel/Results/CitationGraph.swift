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

        public var year: Int? { date.flatMap { Int($0.prefix(4)) } }
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
}
