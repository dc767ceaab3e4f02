import AdviesExtraction
import AdviesKnowledgeBase
import AdviesModel
import Foundation

/// Ingests files and folders into the knowledge base: extraction and parsing run in parallel
/// over the cores, writing is serialised, each document goes in as one transaction. An
/// unchanged file (and manifest entry) is skipped before it is parsed; a changed one replaces
/// its document. Files that share a name are one document only when a manifest lists them
/// together or their texts agree (a PDF and its text export); otherwise each is a document of
/// its own. A bad file is reported and the rest still goes in.
public struct Ingestor: Sendable {
    public var knowledgeBase: KnowledgeBase
    /// A manifest given explicitly (its file, for paths it lists); otherwise those beside the files.
    public var manifest: (url: URL, manifest: Manifest)?
    /// Documents read at once; defaults to the number of cores.
    public var workers: Int
    /// Tried on encrypted PDFs (ignored by the others).
    public var password: String?
    /// When PDF pages are read by OCR; each worker's extraction makes its own Tesseract.
    public var ocr = OCRSettings()
    /// Pages OCR has read so far, from whichever worker reads them.
    public var ocrProgress: (@Sendable (OCRProgress) -> Void)?

    public init(knowledgeBase: KnowledgeBase, manifest: (url: URL, manifest: Manifest)? = nil,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount, password: String? = nil) {
        self.knowledgeBase = knowledgeBase
        self.manifest = manifest
        self.workers = max(1, workers)
        self.password = password
    }

    public enum Outcome: String, Codable, Sendable {
        case added, replaced, unchanged, duplicate, failed
        /// Not a document: something worth saying about the batch (a manifest entry left
        /// out, a link to a folder already read).
        case note
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
            case .note: break
            }
        }
    }

    /// Ingests what the paths name; `report` is called once per file, in the order files finish.
    public func ingest(_ paths: [String], report: @Sendable (Event) -> Void) async -> Summary {
        let started = Date()
        var summary = Summary()
        let collected = FileCollector.collect(paths)
        let manifests = manifest.map { [$0] } ?? collected.manifests
        let (facts, conflicts) = ManifestReader.merged(manifests)
        let groups = DocumentGroups.make(collected.files, listed: DocumentGroups.listedFiles(manifests))
        let total = collected.missing.count + collected.files.count
        var done = 0
        func emit(_ outcome: Outcome, _ id: String?, _ path: String, _ message: String?, pages: Int = 0, notices: [String] = []) {
            if outcome != .note { done += 1 }
            summary.count(outcome)
            summary.pages += pages
            report(Event(outcome: outcome, documentID: id, path: path, message: message, notices: notices,
                         pages: pages, done: done, total: total))
        }
        for (path, reason) in collected.missing { emit(.failed, nil, path, reason) }
        for problem in conflicts { emit(.note, nil, problem.file, problem.reason) }
        for problem in collected.problems { emit(.failed, nil, problem.file, problem.reason) }
        for note in collected.notes { emit(.note, nil, note.file, note.reason) }

        let loader = GroupLoader(loader: DocumentLoader(password: password, manifest: facts, ocr: ocr, progress: ocrProgress),
                                 manifest: facts, knowledgeBase: knowledgeBase)
        let knowledgeBase = self.knowledgeBase
        func store(_ result: GroupLoader.Result) {
            for failure in result.failures { emit(.failed, failure.id, failure.path, failure.reason) }
            for unchanged in result.unchanged { emit(.unchanged, unchanged.id, unchanged.path, nil) }
            for loaded in result.loaded {
                do {
                    let outcome = try knowledgeBase.store(loaded.document, source: loaded.source)
                    let notices = loaded.document.diagnostics.filter(\.code.isReading).map(\.message)
                    emit(Outcome(rawValue: outcome.rawValue) ?? .added, loaded.document.id, loaded.source.path, nil,
                         pages: loaded.source.pageCount, notices: notices)
                } catch {
                    emit(.failed, loaded.document.id, loaded.source.path, "not stored (\(error))")
                }
            }
            for duplicate in result.duplicates {
                emit(.duplicate, duplicate.id, duplicate.path, "same document as \(duplicate.of)")
            }
        }
        // Documents are read in parallel but stored in the order of their files, so the same
        // files make the same knowledge base (row order breaks ties in rankings and listings).
        // A window bounds how many read documents wait for a slow one before them.
        let window = workers * 4
        await withTaskGroup(of: (Int, GroupLoader.Result).self) { taskGroup in
            var started = 0, nextToStore = 0
            var waiting: [Int: GroupLoader.Result] = [:]
            func startMore() {
                while started < groups.count, started - nextToStore < window, started - nextToStore - waiting.count < workers {
                    let index = started, group = groups[index]
                    taskGroup.addTask { (index, loader.load(group)) }
                    started += 1
                }
            }
            startMore()
            while let (index, result) = await taskGroup.next() {
                waiting[index] = result
                while let ready = waiting.removeValue(forKey: nextToStore) {
                    store(ready)
                    nextToStore += 1
                }
                startMore()
            }
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }
}
