/// An entry of a PDF's outline (its bookmarks): a title the file itself names as a heading,
/// its depth in the outline, and where it points.
public struct OutlineEntry: Codable, Sendable, Equatable {
    public var title: String
    /// 1 for a top-level entry.
    public var level: Int
    /// 1-based; nil when the entry points nowhere on a page.
    public var page: Int?
    /// The destination's height, y from the top of the page, when the entry names one.
    public var top: Double?

    public init(title: String, level: Int, page: Int?, top: Double? = nil) {
        self.title = title
        self.level = level
        self.page = page
        self.top = top
    }
}
