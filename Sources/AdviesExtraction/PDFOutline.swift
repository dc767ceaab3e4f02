import AdviesModel
import AdviesText
import CPoppler

/// The bookmarks of a PDF, read through poppler's index iterator: each entry's title, depth
/// and destination (a named destination is looked up in the document).
extension PopplerDocument {
    func outline(pageHeights: [Double?]) -> [OutlineEntry] {
        guard let root = poppler_index_iter_new(handle) else { return [] }
        defer { poppler_index_iter_free(root) }
        var entries: [OutlineEntry] = []
        walk(root, level: 1, into: &entries, pageHeights: pageHeights)
        return entries
    }

    /// A malformed outline can nest without end: deeper than this is not read.
    private static let deepest = 12
    /// Nor more entries than a document can reasonably title.
    private static let most = 5_000

    private func walk(_ iterator: OpaquePointer, level: Int, into entries: inout [OutlineEntry], pageHeights: [Double?]) {
        repeat {
            guard entries.count < Self.most else { return }
            if let action = poppler_index_iter_get_action(iterator) {
                if let entry = entry(action, level: level, pageHeights: pageHeights) { entries.append(entry) }
                poppler_action_free(action)
            }
            if level < Self.deepest, let child = poppler_index_iter_get_child(iterator) {
                walk(child, level: level + 1, into: &entries, pageHeights: pageHeights)
                poppler_index_iter_free(child)
            }
        } while poppler_index_iter_next(iterator) != 0
    }

    private func entry(_ action: UnsafeMutablePointer<PopplerAction>, level: Int, pageHeights: [Double?]) -> OutlineEntry? {
        guard let pointer = action.pointee.any.title else { return nil }
        let title = String(cString: pointer).collapsed
        guard !title.isEmpty else { return nil }
        guard action.pointee.type == POPPLER_ACTION_GOTO_DEST, let dest = action.pointee.goto_dest.dest else {
            return OutlineEntry(title: title, level: level, page: nil)
        }
        var resolved = dest.pointee
        if resolved.type == POPPLER_DEST_NAMED, let name = resolved.named_dest {
            guard let found = poppler_document_find_dest(handle, name) else {
                return OutlineEntry(title: title, level: level, page: nil)
            }
            resolved = found.pointee
            poppler_dest_free(found)
        }
        let page = Int(resolved.page_num)
        guard page >= 1, page <= pageHeights.count else { return OutlineEntry(title: title, level: level, page: nil) }
        // PDF coordinates grow upwards; the layout's grow down from the top of the page.
        let top = resolved.change_top != 0 ? pageHeights[page - 1].map { $0 - resolved.top } : nil
        return OutlineEntry(title: title, level: level, page: page, top: top)
    }
}
