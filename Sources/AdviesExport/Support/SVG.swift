/// What the SVG renderers share: the root element, styled by presentation attributes only
/// (pages embed the SVG under a content security policy that forbids inline styles).
enum SVG {
    static func open(class name: String, width: Int, height: Int, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(name)\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" "
            + "height=\"\(height)\" font-family=\"system-ui, sans-serif\" font-size=\"11\" fill=\"#333333\" role=\"img\" "
            + "aria-label=\"\(HTML.escape(label))\">"
    }
}
