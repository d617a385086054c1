package org.practiceworkbook.json;

/**
 * One of our JSON file formats: its schema in the program's resources, the page that documents it, and the newest
 * {@code formatVersion} this program reads.
 */
public record JsonFormat(String title, String schemaResource, String documentation, int newestVersion) {

    public static final JsonFormat QUESTIONNAIRE_PACK = new JsonFormat("pack",
            "/schemas/questionnaire-pack.schema.json", "docs/questionnaire-packs.md", 1);
    public static final JsonFormat RESPONSE_FILE = new JsonFormat("response file",
            "/schemas/response-file.schema.json", "docs/response-files.md", 1);
    public static final JsonFormat WORKBOOK_FILE = new JsonFormat("workbook file",
            "/schemas/workbook-export.schema.json", "docs/workbook-files.md", 1);
}
