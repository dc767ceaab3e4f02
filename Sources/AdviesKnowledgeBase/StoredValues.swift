import AdviesModel
import Foundation
import GRDB

/// A stored value this version of advies has no meaning for (an enumeration case it does not
/// know): an error when read, never a default.
struct UnknownStoredValue: Error {
    var column: String
    var value: String
}

/// How the model's values sit in columns, both ways: enumerations as their raw text, spans and
/// locations as page/line columns, lists as JSON arrays, turns and sites as a kind column with
/// its number or section.
enum StoredValues {
    static func span(_ span: SourceSpan?) -> [(any DatabaseValueConvertible)?] {
        [span?.start.page, span?.start.line, span?.end.page, span?.end.line]
    }

    static func json<T: Encodable>(_ values: [T]) -> String {
        // Encoding strings or integers cannot fail.
        String(decoding: try! JSONEncoder().encode(values), as: UTF8.self)
    }

    static func turn(_ turn: Turn?) -> (kind: String?, number: Int?) {
        switch turn {
        case .question(let number): ("question", number)
        case .answer(let number): ("answer", number)
        case nil: (nil, nil)
        }
    }

    static func site(_ site: CitationSite) -> (kind: String, footnote: Int?, section: Int?) {
        switch site {
        case .footnote(let number): ("footnote", number, nil)
        case .list(let section): ("list", nil, section.position)
        case .body: ("body", nil, nil)
        }
    }
}

extension Row {
    /// An enumeration column; nil only for NULL.
    func enumeration<T: RawRepresentable>(_ column: String, as type: T.Type = T.self) throws -> T? where T.RawValue == String {
        guard let raw: String = try decode(forColumn: column) else { return nil }
        guard let value = T(rawValue: raw) else { throw UnknownStoredValue(column: column, value: raw) }
        return value
    }

    /// A NOT NULL enumeration column.
    func requiredEnumeration<T: RawRepresentable>(_ column: String, as type: T.Type = T.self) throws -> T where T.RawValue == String {
        guard let value = try enumeration(column, as: T.self) else { throw UnknownStoredValue(column: column, value: "NULL") }
        return value
    }

    /// The span stored in `start_page` … `end_line` (with a prefix).
    func span(_ prefix: String = "") throws -> SourceSpan? {
        guard let start = try location(page: prefix + "start_page", line: prefix + "start_line"),
              let end = try location(page: prefix + "end_page", line: prefix + "end_line") else { return nil }
        return SourceSpan(start: start, end: end)
    }

    func location(page: String, line: String) throws -> SourceLocation? {
        guard let page: Int = try decode(forColumn: page), let line: Int = try decode(forColumn: line) else { return nil }
        return SourceLocation(page: page, line: line)
    }

    func jsonArray<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> [T] {
        let text: String = try decode(forColumn: column)
        do {
            return try JSONDecoder().decode([T].self, from: Data(text.utf8))
        } catch {
            throw UnknownStoredValue(column: column, value: text)
        }
    }

    /// The label of the section joined as `section_number` and `section_title`, named as the
    /// model names a section.
    func sectionLabel() throws -> String? {
        guard let title: String = try decode(forColumn: "section_title") else { return nil }
        return Section(id: SectionID(0), number: try decode(forColumn: "section_number"), title: title, level: 0, parent: nil).label
    }

    func sectionID(_ column: String) throws -> SectionID? {
        try (decode(Int?.self, forColumn: column)).map(SectionID.init)
    }

    func turn(kind: String = "turn_kind", number: String = "turn_number") throws -> Turn? {
        let value: Int? = try decode(forColumn: number)
        switch try decode(String?.self, forColumn: kind) {
        case nil: return nil
        case "question": return .question(value)
        case "answer": return .answer(value)
        case let other?: throw UnknownStoredValue(column: kind, value: other)
        }
    }

    func site(kind: String = "site_kind", footnote: String = "site_footnote", section: String = "site_section") throws -> CitationSite {
        switch try decode(String.self, forColumn: kind) {
        case "footnote": return .footnote(try decode(forColumn: footnote))
        case "list": return .list(SectionID(try decode(forColumn: section)))
        case "body": return .body
        case let other: throw UnknownStoredValue(column: kind, value: other)
        }
    }
}
