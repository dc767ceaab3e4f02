import AdviesExport
import AdviesModel

/// The app's own addresses, built in one place: ids percent-encoded as path segments, state as
/// query parameters (in a stable order, so a page's links are bookmarkable and comparable).
enum Links {
    static func path(_ segments: String..., query: [(String, String?)] = []) -> String {
        let path = "/" + segments.map(HTML.urlComponent).joined(separator: "/")
        let pairs = query.compactMap { name, value in value.map { "\(name)=\(HTML.urlComponent($0))" } }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }

    static func document(_ id: String, anchor: String? = nil) -> String {
        path("documents", id) + (anchor.map { "#" + $0 } ?? "")
    }

    static func recommendation(_ id: RecommendationID) -> String {
        document(id.document, anchor: DocumentHTML.recommendationAnchor(id))
    }

    static func work(_ id: String) -> String { path("works", id) }

    /// A work's page, or the document's when the work is a stored document.
    static func cited(_ work: Work) -> String { work.documentId.map { document($0) } ?? self.work(work.id) }

    static func trace(recommendation id: RecommendationID) -> String { path("trace", query: [("rec", id.description)]) }
    static func trace(subject: String) -> String { path("trace", query: [("q", subject)]) }
    static func graph(around id: String, depth: Int = 1) -> String { path("graph", query: [("around", id), ("depth", "\(depth)")]) }

    /// A citation list download (`/cite?references-of=…&style=bibtex`).
    static func cite(_ selection: String, _ value: String, style: CitationStyle) -> String {
        path("cite", query: [(selection, value), ("style", style.rawValue)])
    }
}
