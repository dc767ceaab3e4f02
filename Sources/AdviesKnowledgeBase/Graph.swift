import AdviesModel
import GRDB

extension KnowledgeBase {
    /// Every document and work, and who cites what. A work that is a stored document is that
    /// document's node.
    public func citationGraph() throws -> CitationGraph {
        try read { db in
            var nodes: [CitationGraph.Node] = try Row.fetchAll(db, sql: """
                SELECT id, kind, title, subject, date, council FROM document ORDER BY id
                """).map { row in
                let id: String = try row.decode(forColumn: "id")
                return CitationGraph.Node(id: id, kind: .document,
                                          label: try row.decode(String?.self, forColumn: "title")
                                              ?? row.decode(String?.self, forColumn: "subject") ?? id,
                                          date: try row.decode(forColumn: "date"), council: try row.decode(forColumn: "council"),
                                          documentKind: try row.requiredEnumeration("kind", as: DocumentKind.self))
            }
            var target: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, title, url, date, council, document_id FROM work ORDER BY rowid") {
                let id: String = try row.decode(forColumn: "id")
                if let document: String = try row.decode(forColumn: "document_id") {
                    target[id] = document
                    continue
                }
                target[id] = id
                nodes.append(CitationGraph.Node(id: id, kind: .work,
                                                label: try row.decode(String?.self, forColumn: "title")
                                                    ?? row.decode(String?.self, forColumn: "url") ?? id,
                                                date: try row.decode(forColumn: "date"), council: try row.decode(forColumn: "council")))
            }
            var via: [String: [String]] = [:]
            var order: [(from: String, to: String)] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT r.document_id, c.work_id, r.site_kind, r.site_footnote, r.site_section, l.title AS list_title
                FROM citation c JOIN reference r ON r.id = c.reference_id
                LEFT JOIN section l ON l.document_id = r.document_id AND l.position = r.site_section
                ORDER BY r.document_id, r.position
                """) {
                let from: String = try row.decode(forColumn: "document_id")
                guard let to = target[try row.decode(forColumn: "work_id")], to != from else { continue }
                let key = from + "\u{1F}" + to
                if via[key] == nil {
                    order.append((from, to))
                    via[key] = []
                }
                let name = try row.site().name(listTitle: try row.decode(forColumn: "list_title"))
                if !via[key]!.contains(name) { via[key]!.append(name) }
            }
            let edges = order.map { CitationGraph.Edge(from: $0.from, to: $0.to, via: via[$0.from + "\u{1F}" + $0.to] ?? []) }
            return CitationGraph(nodes: nodes, edges: edges)
        }
    }
}
