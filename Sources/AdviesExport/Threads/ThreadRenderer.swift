import AdviesModel
import Foundation

/// A policy thread as a timeline: per document its items, under each item the links that lead to it.
public enum ThreadRenderer {
    public static func render(_ thread: PolicyThread, documentLimit: Int) -> String {
        var lines = ["Thread: \(thread.subject) (searched for: \(thread.searchedFor.joined(separator: ", ")))"]
        if thread.items.isEmpty { lines.append("nothing in the knowledge base addresses this subject") }
        if thread.omittedDocuments > 0 {
            lines.append("(\(thread.omittedDocuments) more documents name the subject; the thread keeps the "
                         + "\(documentLimit) most about it: narrow it with --since or more words)")
        }
        var document = ""
        for item in thread.items {
            if item.documentId != document {
                document = item.documentId
                var date = item.date ?? "undated"
                if item.datePrecision == .year { date += item.dateFromManifest ? " (year only, from the manifest)" : " (year only)" }
                lines.append("")
                lines.append("\(date) · \(item.documentId) · \(item.documentKind.rawValue)\(item.council.map { " · \($0)" } ?? "")")
            }
            let marker = item.kind == .recommendation ? "★ \(item.strength?.rawValue ?? "")" : (item.kind == .answer ? "↳ answer" : "· mentions")
            let addressee = item.addressee.map { " → \($0)" } ?? ""
            lines.append("  \(marker)\(addressee) [\(item.id)] \(item.text)")
            for link in thread.links where link.to == item.id {
                let score = link.score.map { String(format: " %.2f", $0) } ?? ""
                let shared = link.sharedTerms.isEmpty ? "" : " (shared: \(link.sharedTerms.joined(separator: ", ")))"
                let via = link.via.map { " via \($0)" } ?? ""
                lines.append("      ← \(link.reason.rawValue)\(score) from \(link.from)\(via)\(shared)")
            }
        }
        return TerminalText.visible(lines.joined(separator: "\n"), keepingLineBreaks: true)
    }
}
