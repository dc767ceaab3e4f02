import AdviesCore
import GRDB

extension KnowledgeBase {
    /// Every document and work, and who cites what. A work that is a stored document is that
    /// document's node.
    public func citationGraph() throws -> CitationGraph {
        try read { db in
            var nodes: [CitationGraph.Node] = try DocumentRecord.fetchAll(db).map { d in
                CitationGraph.Node(id: d.id, kind: .document, label: d.title ?? d.metadata.subject ?? d.id, date: d.date,
                                   council: d.council, documentKind: DocumentKind(rawValue: d.kind))
            }
            let works = try WorkRecord.fetchAll(db)
            for work in works where work.documentId == nil {
                nodes.append(CitationGraph.Node(id: work.id, kind: .work, label: work.title ?? work.url ?? work.id,
                                                date: work.date, council: work.council))
            }
            let target = Dictionary(uniqueKeysWithValues: works.map { ($0.id, $0.documentId ?? $0.id) })
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.document_id, c.work_id, r.source FROM citation c JOIN reference r ON r.id = c.reference_id
                ORDER BY c.document_id, r.position
                """)
            var via: [String: [String]] = [:]
            var order: [String] = []
            for row in rows {
                let from: String = row["document_id"]
                guard let to = target[row["work_id"]], to != from else { continue }
                let key = from + "\u{1F}" + to
                if via[key] == nil {
                    order.append(key)
                    via[key] = []
                }
                let source: String = row["source"]
                if !(via[key]!.contains(source)) { via[key]!.append(source) }
            }
            let edges = order.map { key -> CitationGraph.Edge in
                let parts = key.split(separator: "\u{1F}").map(String.init)
                return CitationGraph.Edge(from: parts[0], to: parts[1], via: via[key] ?? [])
            }
            return CitationGraph(nodes: nodes, edges: edges)
        }
    }
}
