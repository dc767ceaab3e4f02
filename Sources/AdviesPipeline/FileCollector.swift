import AdviesCore
import AdviesExtraction
import Foundation

/// The documents a list of paths names: files as given, folders searched recursively for
/// `.pdf` and `.txt`, and any `manifest.json` found on the way.
enum FileCollector {
    struct Collected {
        var files: [URL] = []
        var missing: [(path: String, reason: String)] = []
        var manifests: [Manifest] = []
    }

    static func collect(_ paths: [String]) -> Collected {
        var collected = Collected()
        var seen = Set<String>()
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            // A link to a file that is gone goes on to the reader, which says so.
            let danglingLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) || danglingLink else {
                collected.missing.append((path, "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                let found = documents(in: url)
                if found.isEmpty { collected.missing.append((path, "no .pdf or .txt documents in this folder")) }
                for file in found where seen.insert(file.path).inserted { collected.files.append(file) }
                let manifest = url.appendingPathComponent("manifest.json")
                if let loaded = try? Manifest.load(manifest) { collected.manifests.append(loaded) }
            } else {
                if seen.insert(url.path).inserted { collected.files.append(url) }
                let beside = url.deletingLastPathComponent().appendingPathComponent("manifest.json")
                if let loaded = try? Manifest.load(beside) { collected.manifests.append(loaded) }
            }
        }
        return collected
    }

    private static func documents(in folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator where DocumentReader.supportedExtensions.contains(url.pathExtension.lowercased()) {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }
}

/// Files grouped by the document they hold: the manifest's id for a file it lists, else the
/// file name. Within a group the preferred file comes first: a PDF, then text, then a scan.
enum DocumentGroups {
    struct Group: Sendable {
        var id: String
        var files: [URL]
    }

    static func make(_ files: [URL], manifest: Manifest?) -> [Group] {
        var order: [String] = []
        var grouped: [String: [URL]] = [:]
        for file in files {
            let id = documentID(for: file, manifest: manifest)
            if grouped[id] == nil { order.append(id) }
            grouped[id, default: []].append(file)
        }
        return order.map { id in Group(id: id, files: grouped[id]!.sorted { rank($0) < rank($1) }) }
    }

    static func documentID(for file: URL, manifest: Manifest?) -> String {
        let stem = file.deletingPathExtension().lastPathComponent
        guard let manifest else { return stem }
        let tail = file.pathComponents.suffix(2).joined(separator: "/")
        return manifest.entry(forFile: tail)?.id ?? stem
    }

    /// PDFs first (a folder named "scanned" last of them), then text.
    private static func rank(_ file: URL) -> Int {
        let isPDF = file.pathExtension.lowercased() == "pdf"
        let scanned = file.pathComponents.contains { $0.lowercased().contains("scan") }
        return isPDF ? (scanned ? 2 : 0) : 1
    }
}
