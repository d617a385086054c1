package org.practiceworkbook.json;

/**
 * One of our JSON file formats: its schema in the program's resources, the page that documents it, the newest
 * {@code formatVersion} this program reads, and the largest file of it this program reads (checked before reading).
 * The limits are decimal megabytes, as a file manager shows sizes; docs/reliability.md gives the real sizes they
 * were chosen from.
 */
public record JsonFormat(String title, String schemaResource, String documentation, int newestVersion, long maxBytes) {

    /** The largest bundled pack is 45 kB: 2 MB is some forty times that. */
    public static final JsonFormat QUESTIONNAIRE_PACK = new JsonFormat("pack",
            "/schemas/questionnaire-pack.schema.json", "docs/questionnaire-packs.md", 1, 2_000_000);
    /** One person's answers to one questionnaire: under 1 MB even with every note at its 4,000-character limit. */
    public static final JsonFormat RESPONSE_FILE = new JsonFormat("response file",
            "/schemas/response-file.schema.json", "docs/response-files.md", 1, 5_000_000);
    /** Fifty practices of four rounds, twelve people and sixty items (the benchmark's workbook) export to 23 MB. */
    public static final JsonFormat WORKBOOK_FILE = new JsonFormat("workbook file",
            "/schemas/workbook-export.schema.json", "docs/workbook-files.md", 1, 50_000_000);
}
