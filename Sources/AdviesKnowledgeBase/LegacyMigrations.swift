import GRDB

/// The migrations of the releases before v5, frozen: identifiers and tables as those releases
/// made them, without calls into application code (the tokenizer is named, not asked for;
/// v2's backfill of addresses and citations is left to `DerivedData`). v5 converts what they
/// built.
enum LegacyMigrations {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1: documents, structure, search") { db in
            try db.create(table: "document") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull().check { ["advisory", "written-question", "unknown"].contains($0) }
                t.column("title", .text)
                t.column("subtitle", .text)
                t.column("date", .text)
                t.column("date_precision", .text).check { $0 == nil || ["day", "month", "year"].contains($0) }
                t.column("year", .integer).indexed()
                t.column("council", .text).indexed()
                t.column("organisation", .text)
                t.column("url", .text)
                t.column("source_path", .text).notNull()
                t.column("source_format", .text).notNull()
                t.column("content_hash", .text).notNull()
                t.column("page_count", .integer).notNull()
                t.column("ingested_at", .text).notNull()
                t.column("metadata", .jsonText).notNull()
            }
            try db.create(table: "section") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("number", .text)
                t.column("title", .text).notNull()
                t.column("level", .integer).notNull()
                t.column("parent", .text)
                t.column("label", .text).notNull()
                t.column("start_page", .integer)
                t.column("start_line", .integer)
                t.column("end_page", .integer)
                t.column("end_line", .integer)
                t.uniqueKey(["document_id", "position"])
            }
            try db.create(table: "paragraph") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("kind", .text).notNull().check { ["paragraph", "bullet"].contains($0) }
                t.column("section_label", .text)
                t.column("text", .text).notNull()
                t.column("lead_in", .text)
                t.column("start_page", .integer)
                t.column("start_line", .integer)
                t.uniqueKey(["document_id", "position"])
            }
            try db.create(table: "footnote") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("number", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("section_label", .text)
                t.column("marker_context", .text)
                t.column("marker_page", .integer)
                t.column("marker_line", .integer)
                t.column("marker_offset", .integer)
                t.uniqueKey(["document_id", "number"])
            }
            try db.create(table: "recommendation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("rec_id", .text).notNull().unique()
                t.column("position", .integer).notNull()
                t.column("section_label", .text)
                t.column("text", .text).notNull()
                t.column("cue", .text)
                t.column("strength", .text).check { $0 == nil || ["urges", "asks", "proposes", "normative", "soft"].contains($0) }
                t.column("addressee", .text).indexed()
                t.column("addressee_text", .text)
                t.column("lead_in", .text)
                t.column("start_page", .integer)
                t.column("start_line", .integer)
            }
            try db.create(table: "reference") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("source", .text).notNull()
                t.column("type", .text)
                t.column("organisation", .text)
                t.column("council", .text)
                t.column("authors", .jsonText).notNull()
                t.column("title", .text)
                t.column("subtitle", .text)
                t.column("date", .text)
                t.column("pages", .text)
                t.column("url", .text)
                t.column("series", .text)
                t.column("raw", .text).notNull()
                t.column("work_key", .text).notNull().indexed()
                t.uniqueKey(["document_id", "position"])
            }
            try db.create(table: "url") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("url", .text).notNull()
                t.column("footnote", .integer)
                t.column("link_text", .text)
                t.uniqueKey(["document_id", "url"])
            }
            try db.create(table: "question") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("number", .integer).notNull()
                t.column("text", .text).notNull()
                t.uniqueKey(["document_id", "number"])
            }
            try db.create(table: "answer") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("number", .integer).notNull()
                t.column("text_start", .text).notNull()
                t.uniqueKey(["document_id", "number"])
            }
            try db.create(table: "table_cell") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("answer_number", .integer).notNull()
                t.column("table_label", .text).notNull()
                t.column("caption", .text).notNull()
                t.column("row_header", .text)
                t.column("row_index", .integer).notNull()
                t.column("row_label", .text).notNull()
                t.column("column_index", .integer).notNull()
                t.column("column_label", .text).notNull()
                t.column("value", .integer).notNull()
                t.uniqueKey(["document_id", "answer_number", "table_label", "row_index", "column_index"])
            }
            try db.create(table: "table_note") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("answer_number", .integer).notNull()
                t.column("table_label", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("text", .text).notNull()
            }
            try db.create(table: "cross_reference") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("target", .text).notNull()
                t.column("via", .text).notNull()
                t.uniqueKey(["document_id", "target", "via"])
            }
            try db.create(table: "diagnostic") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("severity", .text).notNull()
                t.column("code", .text).notNull()
                t.column("message", .text).notNull()
                t.column("page", .integer)
                t.column("line", .integer)
            }
            for (table, columns) in [("paragraph", ["text", "lead_in"]), ("recommendation", ["text", "lead_in"]),
                                     ("footnote", ["text", "marker_context"])] {
                try db.create(virtualTable: "\(table)_fts", using: FTS5()) { t in
                    t.synchronize(withTable: table)
                    t.tokenizer = FTS5TokenizerDescriptor(components: ["dutch"])
                    for column in columns { t.column(column) }
                }
            }
        }
        migrator.registerMigration("v2: works and citations") { db in
            try db.create(table: "work") { t in
                t.primaryKey("id", .text)
                t.column("work_key", .text).notNull().indexed()
                t.column("who", .text).notNull()
                t.column("type", .text)
                t.column("organisation", .text)
                t.column("council", .text)
                t.column("authors", .jsonText).notNull()
                t.column("title", .text)
                t.column("subtitle", .text)
                t.column("date", .text)
                t.column("url", .text)
                t.column("url_key", .text).indexed()
                t.column("year", .integer).indexed()
                t.column("series", .text)
                t.column("document_id", .text).indexed().references("document", onDelete: .setNull)
            }
            try db.alter(table: "document") { t in t.add(column: "url_key", .text).indexed() }
            try db.create(table: "citation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("reference_id", .integer).notNull().unique().references("reference", onDelete: .cascade)
                t.column("work_id", .text).notNull().indexed().references("work", onDelete: .cascade)
                t.column("document_id", .text).notNull().indexed().references("document", onDelete: .cascade)
            }
        }
        migrator.registerMigration("v3: term statistics") { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE paragraph_vocab USING fts5vocab(paragraph_fts, 'row')")
            try db.execute(sql: "CREATE VIRTUAL TABLE recommendation_vocab USING fts5vocab(recommendation_fts, 'row')")
        }
        migrator.registerMigration("v4: no index a unique key already covers") { db in
            for table in ["section", "paragraph", "footnote", "reference", "url", "question", "answer", "table_cell",
                          "cross_reference"] {
                try db.execute(sql: "DROP INDEX IF EXISTS \(table)_on_document_id")
            }
        }
    }
}
