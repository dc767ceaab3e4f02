import AdviesExtraction
import AdviesKnowledgeBase
import AdviesModel
import AdviesText
import Foundation

/// Reads the files of one group (files that would get one document id) and decides what
/// they are.
///
/// The preferred file is read first (a PDF with a text layer, else text, else a scan). Each
/// other file is the same document in another rendering when the manifest lists both under
/// one entry, or when its text agrees with the document's (`Renderings`); then it is a
/// duplicate. Otherwise it is a document of its own, under the id of its name and folder
/// ("verslag-2021"): a name two folders share never merges or replaces two documents. A
/// document already stored under the id that came from another file is compared the same way.
struct GroupLoader: Sendable {
    let loader: DocumentLoader
    let manifest: Manifest
    let knowledgeBase: KnowledgeBase

    struct Result: Sendable {
        var loaded: [(document: ParsedDocument, source: KnowledgeBase.Source)] = []
        var unchanged: [(id: String, path: String)] = []
        var duplicates: [(id: String, path: String, of: String)] = []
        var failures: [(id: String?, path: String, reason: String)] = []
    }

    /// The document the group's other files are compared with.
    private struct Kept {
        var id: String
        var path: String
        /// Parsed in this batch; nil when the stored copy was unchanged.
        var document: ParsedDocument?
    }

    func load(_ group: DocumentGroups.Group) -> Result {
        var result = Result()
        var kept: Kept?
        for (index, file) in group.files.enumerated() {
            guard let bytes = bytes(of: file, into: &result) else { continue }
            let hash = self.hash(bytes, id: group.id)
            guard let first = kept else {
                if isUnchanged(group.id, file: file, hash: hash) {
                    result.unchanged.append((group.id, file.path))
                    kept = Kept(id: group.id, path: file.path, document: nil)
                    continue
                }
                guard let (document, pages) = parse(file, bytes: bytes, id: group.id, into: &result) else { continue }
                // An image-only rendering is the last resort when another file holds the text.
                if document.blocks.isEmpty, pages.withText == 0, index + 1 < group.files.count {
                    result.duplicates.append((group.id, file.path, "a file of the same document with text"))
                    continue
                }
                var id = group.id
                if let stored = try? knowledgeBase.source(of: id), stored.path != file.path,
                   !listedTogether(id: id, stored.path, file.path), let other = try? knowledgeBase.document(id),
                   !Renderings.agree(other, document) {
                    id = Self.distinctID(for: file, taken: id)
                }
                kept = Kept(id: id, path: file.path, document: document)
                if id != group.id && isUnchanged(id, file: file, hash: hash) {
                    result.unchanged.append((id, file.path))
                } else {
                    result.loaded.append(stored(document, as: id, file: file, hash: hash, pages: pages))
                }
                continue
            }
            if listedTogether(id: group.id, first.path, file.path) {
                result.duplicates.append((first.id, file.path, first.path))
                continue
            }
            // A file of another folder that was a document of its own before still is.
            let distinct = Self.distinctID(for: file, taken: group.id)
            if isUnchanged(distinct, file: file, hash: self.hash(bytes, id: distinct)) {
                result.unchanged.append((distinct, file.path))
                continue
            }
            guard let (document, pages) = parse(file, bytes: bytes, id: group.id, into: &result) else { continue }
            if let mine = first.document ?? (try? knowledgeBase.document(first.id)), Renderings.agree(mine, document) {
                result.duplicates.append((first.id, file.path, first.path))
            } else {
                result.loaded.append(stored(document, as: distinct, file: file, hash: self.hash(bytes, id: distinct), pages: pages))
            }
        }
        return result
    }

    /// The checked bytes of a file, or a failure.
    private func bytes(of file: URL, into result: inout Result) -> Data? {
        do { return try DocumentReader.bytes(of: file) } catch {
            result.failures.append((nil, error.path, error.reason.description))
            return nil
        }
    }

    private func parse(_ file: URL, bytes: Data, id: String, into result: inout Result)
        -> (ParsedDocument, DocumentLoader.PageCount)? {
        do { return try loader.load(file, bytes: bytes, id: id) } catch {
            result.failures.append((id, error.path, error.reason.description))
            return nil
        }
    }

    /// What a stored document is compared by: the file's bytes and the manifest facts for it.
    private func hash(_ bytes: Data, id: String) -> String {
        let content = ContentHash.hex(bytes)
        guard let entry = manifest.entry(for: id) else { return content }
        return content + "+" + ManifestFacts.digest(entry)
    }

    /// The document is stored from this very file with this content and these facts.
    private func isUnchanged(_ id: String, file: URL, hash: String) -> Bool {
        guard let stored = try? knowledgeBase.source(of: id) else { return false }
        return stored.contentHash == hash && (stored.path == file.path || listedTogether(id: id, stored.path, file.path))
    }

    /// The manifest lists both files under the document's entry.
    private func listedTogether(id: String, _ a: String, _ b: String) -> Bool {
        guard let entry = manifest.entry(for: id) else { return false }
        let listed = [entry.text, entry.pdf, entry.scanned].compactMap { $0 }
        return [a, b].allSatisfy { path in listed.contains { path.hasSuffix("/" + $0) } }
    }

    private func stored(_ document: ParsedDocument, as id: String, file: URL, hash: String, pages: DocumentLoader.PageCount)
        -> (document: ParsedDocument, source: KnowledgeBase.Source) {
        var document = document
        if document.id != id { document = document.renamed(to: id) }
        let format: SourceFormat = file.pathExtension.lowercased() == "pdf" ? .pdf : .text
        return (document, KnowledgeBase.Source(path: file.path, format: format, contentHash: hash, pageCount: pages.total))
    }

    /// The id of a file that shares its name with another document: its name and its folder's.
    static func distinctID(for file: URL, taken: String) -> String {
        let folder = TextNormalization.tokens(file.deletingLastPathComponent().lastPathComponent).joined(separator: "-")
        return folder.isEmpty ? taken + "-2" : taken + "-" + folder
    }
}
