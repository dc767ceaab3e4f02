/// The numbers headings print in a house style: "2" or "2." at the top level, second-level
/// headings lettered under their section ("a.", "b)") where the style letters them and the
/// document has no third level.
struct HeadingLeads {
    let style: HouseStyle
    let letters: HouseStyle.Letters?
    private var letter = 0

    init(style: HouseStyle, document: ScaleDocument) {
        self.style = style
        let deep = document.parts.contains { ($0.heading?.level ?? 0) > 2 }
        letters = deep ? nil : style.lettered
    }

    mutating func next(_ heading: ScaleHeading) -> String? {
        guard let number = heading.number else { return nil }
        if heading.level == 1 { letter = 0 }
        if heading.level == 2, let letters, letter < 26 {
            letter += 1
            let mark = String(UnicodeScalar(UInt8(96 + letter)))
            return letters == .period ? mark + "." : mark + ")"
        }
        return style.numbering == .dotted && heading.level == 1 ? number + "." : number
    }
}
