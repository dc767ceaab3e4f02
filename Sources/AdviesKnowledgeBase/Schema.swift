import GRDB

/// The knowledge base schema (v5): one row per element of a stored document, every part of a
/// document keyed by `(document_id, position)` and removed with it by a cascading foreign key,
/// so replacing a document replaces all of it. Elements point at their section by
/// `(document_id, section_position)`, never by a printed label. Enumerations are text columns
/// with a CHECK listing their values; optional spans are four columns, all set or all NULL.
///
/// | table | holds | keyed by |
/// | --- | --- | --- |
/// | `document` | kind; source file, path, format, hash, pages, time stored; every `Metadata` field as a column, `from_manifest` a JSON array; `year` generated from `date`; `url_key` the normalised address (`WorkAddress`) | `id` |
/// | `signatory` | name, role | document, position |
/// | `section` | number, title, level, `parent_position`, span | document, position (= `SectionID`) |
/// | `paragraph` | a `Block`: kind, `section_position`, `turn_kind`/`turn_number`, depth, lead-in, text, span | `id` (for FTS); unique document, position |
/// | `footnote` | number, text, marker context, `section_position`, marker page/line/offset, `marker_ocr`, span | `id` (for FTS); unique document, position |
/// | `url` | url, `footnote`, `footnotes` (JSON), link text, first seen page/line | document, position |
/// | `recommendation` | `section_position`, text, cue, strength, addressee(s), lead-in, span | `id` (for FTS); unique document, number (`RecommendationID`) |
/// | `reference` | site (`site_kind`, `site_footnote`, `site_section`), type, the cited work's fields, raw, work key, span | `id`; unique document, position |
/// | `question`, `answer` | number, text (`answer`: also its first words), span | document, position |
/// | `data_table`, `data_table_row` | an answer's tables: label, caption, `section_position`, row header, column labels and notes (JSON); rows with their label and cells (JSON) | document, answer position, position (, row position) |
/// | `diagnostic` | severity, code, message, page, line | document, position |
/// | `work` | a cited work merged across documents: key, creator, fields, `document_id` when it is a stored document | `id` |
/// | `citation` | the work a reference cites | `reference_id` |
///
/// Derived, never stored: a footnote's URLs (the `url` rows that belong to it) and a document's
/// cross-references (its citations of works that are other stored documents). Full-text
/// indexes (`*_fts`, tokenizer `dutch`) follow `paragraph`, `recommendation` and `footnote` by
/// triggers; `*_vocab` give their term statistics.
///
/// The file says it is advies's with `PRAGMA application_id` 'ADVS' (files from before v5 by
/// their `grdb_migrations`). Migrations are frozen: once released, one never changes and never
/// calls application code; what SQL cannot derive is rebuilt after migrating (`DerivedData`).
enum Schema {
    /// `PRAGMA application_id` of an advies knowledge base: "ADVS".
    static let applicationID: Int32 = 0x4144_5653

    /// The first migration's identifier: a file that lists it is an advies knowledge base,
    /// from before the application id was set.
    static let firstMigration = "v1: documents, structure, search"

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        LegacyMigrations.register(in: &migrator)
        migrator.registerMigration("v5: typed columns, positions not labels, lossless", migrate: MigrationV5.migrate)
        migrator.registerMigration("v6: the issuing body and the answer date") { db in
            try db.execute(sql: "ALTER TABLE document ADD COLUMN body TEXT; ALTER TABLE document ADD COLUMN answer_date TEXT")
        }
        return migrator
    }()

    /// What a file holds, as far as opening it is concerned.
    enum State: Equatable {
        case current
        /// An advies knowledge base that needs migrating.
        case older
        /// Written by a newer advies.
        case newer
        /// Not an advies knowledge base: why.
        case foreign(String)
    }

    /// Reads the state of an open database without writing to it.
    static func state(of db: Database) throws -> State {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """)
        let ours: Bool
        switch applicationID {
        case Self.applicationID:
            ours = true
        case 0:
            ours = try tables.contains("grdb_migrations")
                && Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = ?)",
                                 arguments: [firstMigration]) == true
        default:
            return .foreign(String(format: "another application's SQLite file (application id 0x%08X)", applicationID))
        }
        guard ours else {
            if tables.isEmpty { return .foreign("an SQLite file without advies tables") }
            let shown = tables.prefix(3).joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
            return .foreign("an SQLite file of another application (tables \(shown))")
        }
        if try migrator.hasBeenSuperseded(db) { return .newer }
        return try migrator.hasCompletedMigrations(db) ? .current : .older
    }
}
