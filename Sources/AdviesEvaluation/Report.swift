import AdviesModel

/// The scores of a set of documents against their gold annotations: per document and input,
/// and overall (micro-averaged: counts summed before the measures).
public struct EvaluationReport: Codable, Sendable {
    public struct DocumentResult: Codable, Sendable {
        public var id: String
        public var format: SourceFormat
        /// Read by OCR from a scanned copy.
        public var scanned: Bool
        public var scores: [String: Comparison]

        public init(id: String, format: SourceFormat, scanned: Bool, scores: [Evaluator.Element: Comparison]) {
            self.id = id
            self.format = format
            self.scanned = scanned
            self.scores = Dictionary(uniqueKeysWithValues: scores.map { ($0.key.rawValue, $0.value) })
        }
    }

    public var documents: [DocumentResult]
    public var overall: [String: Score]
    /// Files that could not be read or scored, one line each.
    public var failures: [String]
    /// Gold documents left out on purpose (a scan exists of some documents only), one line each.
    public var skipped: [String]

    public init(documents: [DocumentResult], failures: [String], skipped: [String] = []) {
        self.documents = documents
        self.failures = failures
        self.skipped = skipped
        var overall: [String: Score] = [:]
        for result in documents {
            for (element, comparison) in result.scores { overall[element, default: Score()] = overall[element, default: Score()] + comparison.score }
        }
        self.overall = overall
    }

    /// The overall score of one element.
    public func score(_ element: Evaluator.Element) -> Score {
        overall[element.rawValue] ?? Score()
    }

    /// One element's overall score over the documents of one format.
    public func score(_ element: Evaluator.Element, format: SourceFormat) -> Score {
        documents.filter { $0.format == format }.compactMap { $0.scores[element.rawValue]?.score }.reduce(Score(), +)
    }
}
