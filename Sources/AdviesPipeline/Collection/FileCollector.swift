import AdviesExtraction
import AdviesModel
import Foundation

/// The documents a list of paths names: files as given, folders searched recursively for
/// `.pdf` and `.txt` (symbolic links followed, each real folder once), and the
/// `manifest.json` of every folder given or holding a file given.
enum FileCollector {
    struct Collected {
        var files: [URL] = []
        /// Paths that name nothing readable, and why.
        var missing: [(path: String, reason: String)] = []
        /// Every manifest found, by the folder it describes.
        var manifests: [(url: URL, manifest: Manifest)] = []
        /// What could not be read: a manifest or its entries, a folder.
        var problems: [ManifestReader.Problem] = []
        /// What was left out on the way, and why (a link to a folder already read).
        var notes: [ManifestReader.Problem] = []
    }

    static func collect(_ paths: [String]) -> Collected {
        var collected = Collected()
        var seenFiles = Set<String>()
        var seenManifests = Set<String>()
        func addManifest(in folder: URL) {
            let url = folder.appendingPathComponent("manifest.json")
            guard FileManager.default.fileExists(atPath: url.path), seenManifests.insert(url.resolvingSymlinksInPath().path).inserted
            else { return }
            do {
                let (manifest, problems) = try ManifestReader.read(url)
                collected.manifests.append((url, manifest))
                collected.problems += problems
            } catch {
                collected.problems.append(error)
            }
        }
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
                var walk = FolderWalk()
                walk.visit(url)
                if walk.files.isEmpty { collected.missing.append((path, "no .pdf or .txt documents in this folder")) }
                for file in walk.files where seenFiles.insert(file.path).inserted { collected.files.append(file) }
                collected.problems += walk.problems
                collected.notes += walk.notes
                addManifest(in: url)
            } else {
                if seenFiles.insert(url.path).inserted { collected.files.append(url) }
                addManifest(in: url.deletingLastPathComponent())
            }
        }
        return collected
    }

    /// A folder tree, depth first in name order; links to folders are followed, but a real
    /// folder is entered once (a link back up the tree would loop forever).
    private struct FolderWalk {
        var files: [URL] = []
        var problems: [ManifestReader.Problem] = []
        var notes: [ManifestReader.Problem] = []
        private var entered = Set<String>()

        mutating func visit(_ folder: URL) {
            let real = folder.resolvingSymlinksInPath().path
            guard entered.insert(real).inserted else {
                notes.append(.init(file: folder.path, reason: "a link to a folder already read (\(real)), not read again"))
                return
            }
            // Listed by the real folder's path (Foundation lists nothing through a link on
            // Linux), the children named under the path given, as the user knows them.
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: real).filter { !$0.hasPrefix(".") }
            } catch {
                problems.append(.init(file: folder.path, reason: "cannot be read (\(error.localizedDescription))"))
                return
            }
            for child in names.sorted().map({ folder.appendingPathComponent($0) }) {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: child.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    visit(child)
                } else if DocumentReader.supportedExtensions.contains(child.pathExtension.lowercased()) {
                    files.append(child)
                }
            }
        }
    }
}
