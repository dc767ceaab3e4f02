import AdviesCore
import AdviesExtraction
import AdviesKnowledgeBase
import Foundation

/// Ingests files and folders into the knowledge base: extraction and parsing run in parallel
/// over the cores, writing is serialised, each document goes in as one transaction. An
/// unchanged file is skipped before it is parsed; a changed one replaces its document. When
/// one document arrives as PDF and as text, the PDF (with a text layer) is kept and the other
/// reported as a duplicate. A bad file is reported and the rest still goes in.
public struct Ingestor: Sendable {
    public var knowledgeBase: KnowledgeBase
    public var manifest: Manifest?
    /// Documents read at once; defaults to the number of cores.
    public var workers: Int
    /// Tried on encrypted PDFs (ignored by the others).
    public var password: String?
    /// When PDF pages are read by OCR; each worker's extraction makes its own Tesseract.
    public var ocr = OCRSettings()
    /// Pages OCR has read so far, from whichever worker reads them.
    public var ocrProgress: (@Sendable (OCRProgress) -> Void)?

    public init(knowledgeBase: KnowledgeBase, manifest: Manifest? = nil,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount, password: String? = nil) {
        self.knowledgeBase = knowledgeBase
        self.manifest = manifest
        self.workers = max(1, workers)
        self.password = password
    }

    public enum Outcome: String, Codable, Sendable {
        case added, replaced, unchanged, duplicate, failed
    }

    /// What happened to one file.
    public struct Event: Sendable {
        public var outcome: Outcome
        public var documentID: String?
        public var path: String
        /// The reason a file failed, or what it duplicates.
        public var message: String?
        /// What reading a stored file met: a damaged page, pages without text, a converted encoding.
        public var notices: [String] = []
        public var pages: Int
        public var done: Int
        public var total: Int
    }

    public struct Summary: Codable, Sendable {
        public var added = 0, replaced = 0, unchanged = 0, duplicates = 0, failed = 0
        public var pages = 0
        public var seconds = 0.0

        mutating func count(_ outcome: Outcome) {
            switch outcome {
            case .added: added += 1
            case .replaced: replaced += 1
            case .unchanged: unchanged += 1
            case .duplicate: duplicates += 1
            case .failed: failed += 1
            }
        }
    }

    /// Ingests what the paths name; `report` is called once per file, in the order files finish.
    public func ingest(_ paths: [String], report: @Sendable (Event) -> Void) async -> Summary {
        let started = Date()
        var summary = Summary()
        let collected = FileCollector.collect(paths)
        let manifest = self.manifest ?? collected.manifests.first
        let groups = DocumentGroups.make(collected.files, manifest: manifest)
        let total = collected.missing.count + collected.files.count
        var done = 0
        func emit(_ outcome: Outcome, _ id: String?, _ path: String, _ message: String?, pages: Int = 0, notices: [String] = []) {
            done += 1
            summary.count(outcome)
            summary.pages += pages
            report(Event(outcome: outcome, documentID: id, path: path, message: message, notices: notices,
                         pages: pages, done: done, total: total))
        }
        for (path, reason) in collected.missing { emit(.failed, nil, path, reason) }

        let loader = DocumentLoader(password: password, manifest: manifest, ocr: ocr, progress: ocrProgress)
        let knowledgeBase = self.knowledgeBase
        let known = CrossReferencer.Collection(manifest?.known ?? [])
        await withTaskGroup(of: GroupResult.self) { taskGroup in
            var pending = groups.makeIterator()
            var running = 0
            func startNext() {
                guard let group = pending.next() else { return }
                running += 1
                taskGroup.addTask { Self.load(group, loader: loader, knowledgeBase: knowledgeBase, known: known) }
            }
            for _ in 0..<workers { startNext() }
            while let result = await taskGroup.next() {
                running -= 1
                for failure in result.failures { emit(.failed, result.id, failure.path, failure.reason) }
                if let unchanged = result.unchanged { emit(.unchanged, result.id, unchanged, nil) }
                if let loaded = result.loaded {
                    do {
                        let outcome = try knowledgeBase.store(loaded.document, source: loaded.source)
                        let notices = loaded.document.diagnostics.filter(\.code.isReading).map(\.message)
                        emit(Outcome(rawValue: outcome.rawValue) ?? .added, result.id, loaded.source.path, nil,
                             pages: loaded.source.pageCount, notices: notices)
                    } catch {
                        emit(.failed, result.id, loaded.source.path, "not stored (\(error))")
                    }
                }
                for duplicate in result.duplicates {
                    emit(.duplicate, result.id, duplicate, "same document as \(result.kept ?? "another file")")
                }
                startNext()
            }
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// What loading one document's files gave.
    struct GroupResult: Sendable {
        var id: String
        var loaded: (document: ParsedDocument, source: KnowledgeBase.Source)?
        var unchanged: String?
        var kept: String?
        var duplicates: [String] = []
        var failures: [(path: String, reason: String)] = []
    }

    /// Reads the files of one document in order of preference until one gives a document.
    static func load(_ group: DocumentGroups.Group, loader: DocumentLoader, knowledgeBase: KnowledgeBase,
                     known: CrossReferencer.Collection) -> GroupResult {
        var result = GroupResult(id: group.id)
        let stored = try? knowledgeBase.contentHash(of: group.id)
        for (index, file) in group.files.enumerated() {
            let bytes: Data
            do { bytes = try DocumentReader.bytes(of: file) } catch {
                result.failures.append((error.path, error.reason.description))
                continue
            }
            let hash = SHA256.hex(bytes)
            if hash == stored {
                result.unchanged = file.path
                result.kept = file.path
                result.duplicates = group.files[(index + 1)...].map(\.path)
                return result
            }
            do {
                let (document, pages) = try loader.loadWithLayout(file, bytes: bytes, id: group.id, collection: known)
                // An image-only PDF is the last resort when another file holds the text.
                if document.blocks.isEmpty, index + 1 < group.files.count, pages.withText == 0 {
                    result.duplicates.append(file.path)
                    continue
                }
                let format: SourceFormat = file.pathExtension.lowercased() == "pdf" ? .pdf : .text
                result.loaded = (document, KnowledgeBase.Source(path: file.path, format: format, contentHash: hash, pageCount: pages.total))
                result.kept = file.path
                result.duplicates += group.files[(index + 1)...].map(\.path)
                return result
            } catch {
                result.failures.append((error.path, error.reason.description))
            }
        }
        return result
    }
}
