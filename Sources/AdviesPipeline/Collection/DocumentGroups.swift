import AdviesModel
import Foundation

/// Files grouped by the document they hold: the manifest's id for a file it lists, else the
/// file name. Within a group the preferred file comes first: a PDF, then text, then a scan.
/// Whether the other files of a group are renderings of the same document or documents of
/// their own that happen to share a name is decided when they are read (`Ingestor`).
enum DocumentGroups {
    struct Group: Sendable {
        var id: String
        var files: [URL]
    }

    /// `listed`: the document id of each file a manifest lists, by its full path.
    static func make(_ files: [URL], listed: [String: String]) -> [Group] {
        var order: [String] = []
        var grouped: [String: [URL]] = [:]
        for file in files {
            let id = listed[file.standardizedFileURL.path] ?? file.deletingPathExtension().lastPathComponent
            if grouped[id] == nil { order.append(id) }
            grouped[id, default: []].append(file)
        }
        return order.map { id in Group(id: id, files: grouped[id]!.sorted { rank($0) < rank($1) }) }
    }

    /// The document id of every file the manifests list (paths relative to each manifest's folder).
    static func listedFiles(_ manifests: [(url: URL, manifest: Manifest)]) -> [String: String] {
        var listed: [String: String] = [:]
        for (url, manifest) in manifests {
            let folder = url.deletingLastPathComponent()
            for entry in manifest.documents {
                for file in [entry.text, entry.pdf, entry.scanned].compactMap({ $0 }) {
                    let path = folder.appendingPathComponent(file).standardizedFileURL.path
                    if listed[path] == nil { listed[path] = entry.id }
                }
            }
        }
        return listed
    }

    /// PDFs first (a folder named for scans last of them), then text.
    private static func rank(_ file: URL) -> Int {
        let isPDF = file.pathExtension.lowercased() == "pdf"
        let scanned = file.pathComponents.contains { $0.lowercased().contains("scan") }
        return isPDF ? (scanned ? 2 : 0) : 1
    }
}
