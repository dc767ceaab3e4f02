import AdviesModel
import AdviesText

/// The advisory path of the parser, in the order each stage needs the ones before it:
/// footnote markers matched (and taken out of the text), headings and tables of contents,
/// the cover, the signature block; the lines nobody claimed become paragraphs and bullets;
/// then the footnotes and URLs.
struct AdvisoryParser {
    let input: ParserInput

    func parse(id: String, kind: DocumentKind) -> ParsedDocument {
        var document = ParsedDocument(id: id, sourceFile: input.layout.source, kind: kind)
        let matched = MarkerMatcher(typographic: input.typographic).match(notes: input.zoned.notes, body: input.zoned.body)
        var body = matched.body
        // The head's facts and the closing signature first: they are neither text nor headings.
        let front = FrontMatter(body, letterhead: input.zoned.letterhead, typography: input.typography)
        body.claim(front.claimed, as: .cover)
        for (index, text) in front.retitled { body.retext(index, text) }
        let closing = ClosingSignature.parse(body)
        if let closing { body.claim(closing.lines, as: .signature) }
        let coverPage = CoverPage.read(body, typography: input.typography)
        if let coverPage { body.claim(coverPage.lines, as: .cover) }
        let found = HeadingDetector(typography: input.typography, styled: headingsAreTypeset(body)).detect(body)
        document.diagnostics += input.zoned.diagnostics + matched.diagnostics + found.diagnostics
        body.claim(found.tableOfContents, as: .tableOfContents)
        for heading in found.headings { body.claim(heading.lines, as: .heading) }

        let firstHeading = found.headings.first?.lines.first ?? body.count
        if let cover = CoverParser.parse(body, before: firstHeading, typography: input.typography) {
            document.metadata = cover.metadata
            body.claim(cover.lines, as: .cover)
        }
        if let signature = SignatureParser.parse(body) {
            document.metadata.signatories = signature.signatories
            document.metadata.council = signature.council ?? document.metadata.council
            body.claim(signature.lines, as: .signature)
        } else if let closing {
            document.metadata.signatories = closing.signatories
        }
        if document.metadata.council != nil
            || body.indices.contains(where: { body[$0].text.containsBytes("Vlor") || body[$0].text.containsBytes("Vlaamse Onderwijsraad") }) {
            document.metadata.organisation = "Vlaamse Onderwijsraad"
        }
        MetadataAssembly(kind: kind, front: front, coverPage: coverPage, facts: DocumentFacts.read(body.texts(0..<body.count)),
                         headTitle: headTitle(body, before: firstHeading) ?? labelledTitle(body, before: firstHeading),
                         issuer: issuer(body),
                         furniture: input.zoned.furniture.map(\.text))
            .complete(&document.metadata)

        let outline = Outline(headings: found.headings, body: body)
        document.sections = outline.sections
        document.blocks = blocks(body, outline: outline)
        document.footnotes = FootnoteBuilder(joiner: input.joiner)
            .footnotes(input.zoned.notes, matches: matched.matches, body: body, outline: outline)
        document.urls = URLCollector().collect(notes: input.collectorNotes(document.footnotes),
                                               body: input.collectorBody(document.blocks),
                                               linkLines: input.zoned.linkLines, annotations: input.annotations)
        for index in document.footnotes.indices {
            let number = document.footnotes[index].number
            document.footnotes[index].urls = document.urls.filter { $0.belongs(to: number) }.map(\.url)
        }
        return document
    }

    /// The first line of the first page set as a title (bold or larger than the text) and not
    /// claimed as a fact: a report's or fiche's own title, with its wrapped tail. A title set
    /// like a heading may head the text as well (an unnumbered first section).
    private func headTitle(_ body: Body, before end: Int) -> String? {
        guard input.typography.bodySize != nil,
              let first = body.indices.first(where: { body[$0].claim == nil || body[$0].claim == .heading }),
              first < end || (first == end && headingIsUnnumbered(at: first, body)),
              body[first].location.page == body[0].location.page, input.typography.isEmphasised(body[first].source)
        else { return nil }
        var lines = [body[first].text]
        var next = first + 1
        while next < body.count, next < end || first == end, body[next].claim == body[first].claim,
              !body[next].source.breakBefore, body[next].source.bold == body[first].source.bold,
              body[next].source.size == body[first].source.size { lines.append(body[next].text); next += 1 }
        return HeadingDetector.cleanTitle(lines.joined(separator: " "))
    }

    /// The line under a genre label that stands alone at the head ("Advies" over "Ontwerp van
    /// decreet over …"): the title, however it is set, with a lower-case tail it wraps onto.
    private func labelledTitle(_ body: Body, before end: Int) -> String? {
        let open = body.indices.prefix(end).filter { body[$0].claim == nil }
        guard open.count >= 2, Self.genreLabel.isMatch(body[open[0]].text), open[1] == open[0] + 1 || body[open[1]].source.breakBefore
        else { return nil }
        var title = body[open[1]].text
        guard title.count <= 200, title.first?.isUppercase == true, !".;:".contains(title.last!) else { return nil }
        if open.count > 2, open[2] == open[1] + 1, !body[open[2]].source.breakBefore,
           body[open[2]].text.first?.isLowercase == true, !body[open[2]].text.hasSuffix(".") {
            title += " " + body[open[2]].text
        }
        return HeadingDetector.cleanTitle(title)
    }

    private static let genreLabel = TextPattern(#"(?i)^(?:advies|nota|notitie|rapport|verslag|fiche|standpunt|memorandum)$"#)

    private func headingIsUnnumbered(at index: Int, _ body: Body) -> Bool {
        !(body[index].text.first?.isNumber ?? false) && !HeadingDetector.enumerated.isMatch(body[index].text)
    }

    /// The organisation a label of the text names as responsible ("Eerstverantwoordelijk
    /// ministerie", "Verantwoordelijke organisatie"), as the line under it prints it.
    private func issuer(_ body: Body) -> String? {
        for index in body.indices.dropLast() where Self.issuerLabel.isMatch(body[index].text) {
            if let name = Masthead.body([body[index + 1].text]) { return name }
        }
        return nil
    }

    private static let issuerLabel = TextPattern(#"(?i)\b(?:verantwoordelijke?|eerstverantwoordelijke?|uitgevende)\s+(?:ministerie|departement|organisatie|instantie)$"#)

    /// Headings are typeset when numbered heading lines stand out by weight or size.
    private func headingsAreTypeset(_ body: Body) -> Bool {
        guard input.typography.bodySize != nil else { return false }
        let emphasisedNumbered = body.indices.filter { index in
            input.typography.isEmphasised(body[index].source) && HeadingDetector.numberedStart.isMatch(body[index].text)
        }
        return emphasisedNumbered.count >= 2
    }

    /// The unclaimed lines of each section as its paragraphs and bullets.
    private func blocks(_ body: Body, outline: Outline) -> [Block] {
        let builder = BlockBuilder(joiner: input.joiner)
        var blocks: [Block] = []
        var segment: [BlockBuilder.Line] = []
        var segmentSection: SectionID?
        for index in body.indices {
            let section = outline.section(atLine: index)
            if section != segmentSection || outline.isHeadingLine(index) {
                blocks += builder.build(segment, section: segmentSection)
                segment = []
                segmentSection = section
            }
            guard !body.isClaimed(index) else { continue }
            segment.append(BlockBuilder.Line(text: body[index].text, source: body[index].source))
        }
        blocks += builder.build(segment, section: segmentSection)
        return blocks
    }
}
