import AdviesAnalysis
import AdviesModel
import Crypto
import Foundation

/// What a manifest entry adds to a parsed document: the facts its text does not state.
enum ManifestFacts {
    /// Fills in what the document does not state, and records which fields came from the entry.
    static func apply(_ entry: Manifest.Entry, to document: inout ParsedDocument) {
        var filled: [String] = []
        func fill(_ keyPath: WritableKeyPath<Metadata, String?>, _ value: String?, _ name: String) {
            guard document.metadata[keyPath: keyPath] == nil, let value else { return }
            document.metadata[keyPath: keyPath] = value
            filled.append(name)
        }
        fill(\.title, entry.title, "title")
        fill(\.subject, entry.subject, "subject")
        fill(\.council, entry.council, "council")
        fill(\.organisation, entry.organisation, "organisation")
        fill(\.url, entry.url, "url")
        if document.metadata.date == nil, let date = entry.date {
            document.metadata.date = date
            document.metadata.datePrecision = entry.datePrecision ?? DatePrecision(isoDate: date)
            filled += ["date", "date_precision"]
        }
        if document.kind == .unknown, let kind = entry.kind {
            document.kind = kind
            filled.append("kind")
        }
        if !filled.isEmpty {
            document.metadata.fromManifest += filled
            document.diagnostics.append(Diagnostic(.info, .manifestFact, "from the manifest: " + filled.joined(separator: ", ")))
        }
    }

    /// A short digest of an entry's facts: stored with the document, so that an edited entry
    /// re-applies its facts although the file is unchanged.
    static func digest(_ entry: Manifest.Entry) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = (try? encoder.encode(entry)) ?? Data()
        return String(ContentHash.hex(data).prefix(16))
    }

    /// The documents a manifest lists, as citations would describe them.
    static func candidates(_ manifest: Manifest?) -> DocumentResolver.Collection {
        DocumentResolver.Collection((manifest?.documents ?? []).map {
            DocumentResolver.Candidate(id: $0.id, title: $0.title, date: $0.date, url: $0.url, organisation: $0.organisation)
        })
    }
}
