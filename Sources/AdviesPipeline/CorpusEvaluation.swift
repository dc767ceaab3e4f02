import AdviesAnnotation
import AdviesEvaluation
import AdviesModel
import Foundation

/// Parses every document that has a gold annotation and scores it (GUIDE.md §9), per document
/// and input format. A gold file that cannot be read, and a gold document whose input file is
/// missing, are failures naming the file and the reason: nothing is left unscored in silence.
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

    /// Why an evaluation cannot run at all.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public func run() throws(Failure) -> EvaluationReport {
        let goldFiles: [URL]
        do {
            goldFiles = try FileManager.default.contentsOfDirectory(at: annotations, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw Failure(description: "\(annotations.path): cannot read the annotations folder (\(error.localizedDescription))")
        }
        guard !goldFiles.isEmpty else { throw Failure(description: "\(annotations.path): no gold annotations (*.json) here") }
        let manifestURL = corpus.appendingPathComponent("manifest.json")
        var manifest: Manifest?
        var failures: [String] = [], skipped: [String] = []
        if FileManager.default.fileExists(atPath: manifestURL.path) {
            do {
                let (read, problems) = try ManifestReader.read(manifestURL)
                manifest = read
                failures += problems.map(\.description)
            } catch {
                failures.append(error.description)
            }
        }
        let loader = DocumentLoader(manifest: manifest)
        var documents: [EvaluationReport.DocumentResult] = []
        for file in goldFiles {
            let gold: Annotation.Document
            do { gold = try Self.decoder.decode(Annotation.Document.self, from: Data(contentsOf: file)) } catch {
                failures.append("\(file.path): cannot read the gold annotation (\(ManifestReader.describe(error)))")
                continue
            }
            for format in formats {
                let input = corpus.appendingPathComponent(inputPath(gold.id, format))
                guard FileManager.default.fileExists(atPath: input.path) else {
                    // Scans exist of some documents only; any other input must be there.
                    if scanned { skipped.append("\(gold.id): no scanned copy (\(input.path)), not scored") }
                    else { failures.append("\(input.path): no input file for the gold annotation \(file.lastPathComponent)") }
                    continue
                }
                do {
                    let parsed = Annotation.Document(try loader.load(input))
                    documents.append(.init(id: gold.id, format: format, scanned: scanned,
                                           scores: Evaluator.evaluate(parsed, against: gold)))
                } catch {
                    failures.append(error.description)
                }
            }
        }
        return EvaluationReport(documents: documents, failures: failures, skipped: skipped)
    }

    private func inputPath(_ id: String, _ format: SourceFormat) -> String {
        scanned ? "scanned/\(id).pdf" : format == .pdf ? "pdf/\(id).pdf" : "text/\(id).txt"
    }

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }()
}
