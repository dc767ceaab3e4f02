import AdviesModel
import Foundation

/// The knowledge base's listings as lines for a reader. Every value from a document, a file
/// name or a manifest passes through `TerminalText`.
public enum Listings {
    public static func documents(_ documents: [DocumentSummary]) -> String {
        lines(documents.flatMap { d -> [String] in
            var out = ["\(d.id) · \(d.kind.rawValue) · \(d.date ?? "undated") · \(d.council ?? "-") · \(d.sections) sections, "
                       + "\(d.footnotes) footnotes, \(d.recommendations) recommendations, \(d.references) references"]
            if let title = d.title { out.append("   \(title)") }
            return out
        })
    }

    public static func recommendations(_ hits: [RecommendationHit]) -> String {
        lines(hits.flatMap { r in
            ["\(r.id) · \(r.date ?? "undated") · §\(r.section ?? "-") · \(r.strength?.rawValue ?? "-")\(r.addressee.map { " → \($0)" } ?? "")",
             "   \(r.text)"]
        })
    }

    public static func statistics(_ stats: Statistics) -> String {
        let years = [stats.firstYear, stats.lastYear].compactMap { $0.map(String.init) }.joined(separator: "–")
        let kinds = stats.byKind.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.value) \($0.key.rawValue)" }
        let strengths = stats.recommendationsByStrength.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.value) \($0.key.rawValue)" }
        return lines([
            "\(stats.documents) documents (\(kinds.joined(separator: ", ")))\(years.isEmpty ? "" : ", \(years)")",
            "councils: " + stats.byCouncil.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }
                .joined(separator: ", "),
            "\(stats.sections) sections, \(stats.paragraphs) paragraphs, \(stats.footnotes) footnotes, \(stats.urls) URLs, "
                + "\(stats.tableCells) table cells",
            "\(stats.recommendations) recommendations: " + strengths.joined(separator: ", "),
            "\(stats.references) references to \(stats.distinctWorks) distinct works",
            "\(stats.diagnostics) diagnostics; file \(ByteCountFormatter.string(fromByteCount: stats.fileBytes, countStyle: .file))",
        ])
    }

    /// What a document cites, work by work.
    public static func cites(_ entries: [CitationEntry]) -> String {
        lines(entries.flatMap { entry in
            let resolved = entry.work.documentId.map { " → \($0) (in the knowledge base)" } ?? ""
            return ["\(entry.source): \(entry.work.id)\(resolved)", "   \(entry.raw)"]
        })
    }

    /// Who cites a document or work, where, in which words.
    public static func citedBy(_ entries: [CitationEntry], id: String) -> String {
        if entries.isEmpty { return lines(["nothing in the knowledge base cites \(id)"]) }
        return lines(entries.flatMap { entry -> [String] in
            var out = ["\(entry.citingDocument) (\(entry.citingDate ?? "undated")) · \(entry.source)\(entry.section.map { " in §\($0)" } ?? "")"]
            if let context = entry.context { out.append("   “\(context)”") }
            return out
        })
    }

    /// Ranked hits with their place and snippet; `terminal` shows the matched words in bold.
    public static func searchHits(_ hits: [SearchHit], query: String, terminal: Bool) -> String {
        if hits.isEmpty { return lines(["no hits for \(query)"]) }
        return hits.enumerated().map { rank, hit in
            let place = [hit.section.map { "§\($0)" }, hit.sectionTitle].compactMap { $0 }.joined(separator: " ")
            let what = hit.recommendationId.map { "recommendation \($0)" } ?? hit.footnote.map { "footnote \($0)" } ?? hit.scope.rawValue
            let head = TerminalText.visible("\(rank + 1). \(hit.documentId) · \(hit.date ?? "undated") · \(hit.council ?? "-") · \(place) · \(what)")
            return head + "\n   " + TerminalText.highlighted(hit.snippet, terminal: terminal)
        }.joined(separator: "\n")
    }

    /// One line per entry, each made visible.
    static func lines(_ lines: [String]) -> String {
        lines.map { TerminalText.visible($0) }.joined(separator: "\n")
    }
}
