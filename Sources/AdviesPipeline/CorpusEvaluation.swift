import AdviesCore
import Foundation

/// Parses every document that has a gold annotation and scores it (GUIDE.md §9): per
/// document and input format, and overall (micro-averaged: counts summed before the measures).
public struct CorpusEvaluation: Sendable {
    public var annotations: URL
    public var corpus: URL
    public var formats: [SourceFormat]
    /// Parse the image-only copies (`scanned/<id>.pdf`, read by OCR) instead of `pdf/` and `text/`.
    public var scanned: Bool

    public init(annotations: URL, corpus: URL, formats: [SourceFormat] = [.pdf, .text], scanned: Bool = false) {
        self.annotations = annotations
        self.corpus = corpus
        self.formats = scanned ? [.pdf] : formats
        self.scanned = scanned
    }

    public struct DocumentResult: Codable, Sendable {
        public var id: String
        public var format: SourceFormat
        /// Read by OCR from a scanned copy.
        public var scanned: Bool
        public var scores: [String: Comparison]
    }

    public struct Report: Codable, Sendable {
        public var documents: [DocumentResult]
        public var overall: [String: Score]
        /// Files that could not be read.
        public var failures: [String]

        /// The overall score of one element.
        public func score(_ element: Evaluator.Element) -> Score {
            overall[element.rawValue] ?? Score()
        }

        /// One element's overall score over the documents of one format.
        public func score(_ element: Evaluator.Element, format: SourceFormat) -> Score {
            documents.filter { $0.format == format }.compactMap { $0.scores[element.rawValue]?.score }.reduce(Score(), +)
        }
    }

    public func run() throws -> Report {
        let goldFiles = try FileManager.default.contentsOfDirectory(at: annotations, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        let manifest = try? Manifest.load(corpus.appendingPathComponent("manifest.json"))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var documents: [DocumentResult] = []
        var failures: [String] = []
        for file in goldFiles {
            let gold = try decoder.decode(ParsedDocument.self, from: Data(contentsOf: file))
            for format in formats {
                let url = corpus.appendingPathComponent(
                    scanned ? "scanned/\(gold.id).pdf" : format == .pdf ? "pdf/\(gold.id).pdf" : "text/\(gold.id).txt")
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                do {
                    let parsed = try DocumentLoader(manifest: manifest).load(url)
                    let scores = Evaluator.evaluate(parsed, against: gold)
                    documents.append(DocumentResult(id: gold.id, format: format, scanned: scanned,
                                                    scores: Dictionary(uniqueKeysWithValues: scores.map { ($0.key.rawValue, $0.value) })))
                } catch {
                    failures.append(error.description)
                }
            }
        }
        var overall: [String: Score] = [:]
        for result in documents {
            for (element, comparison) in result.scores { overall[element, default: Score()] = overall[element, default: Score()] + comparison.score }
        }
        return Report(documents: documents, overall: overall, failures: failures)
    }
}
