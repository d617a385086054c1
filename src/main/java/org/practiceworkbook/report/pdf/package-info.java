/**
 * A small layout layer over Apache PDFBox for the program's printable documents (the report, score sheets): A4
 * portrait pages with fixed margins, filled from the top down.
 *
 * <ul>
 *   <li>{@link org.practiceworkbook.report.pdf.A4Document}: headings, wrapped paragraphs, bullets, rules, PNG
 *       pictures and tables flowing onto new pages; "Page X of Y" footers, title and language on
 *       {@link org.practiceworkbook.report.pdf.A4Document#finish finish}.</li>
 *   <li>{@link org.practiceworkbook.report.pdf.Table}: weighted columns, wrapping cells, a header repeated on every
 *       page, group rows.</li>
 *   <li>{@link org.practiceworkbook.report.pdf.TextStyle}: the one type scale and the accent colour.</li>
 * </ul>
 *
 * Text is drawn in the bundled Noto Sans (OFL), embedded as subsets. Nothing here knows about practices or rounds:
 * it depends on PDFBox and the JDK only.
 */
package org.practiceworkbook.report.pdf;
