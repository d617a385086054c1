package org.practiceworkbook.demo;

/** What {@link DemoWorkbook#fill} made, for a line of confirmation. */
public record DemoSummary(String practiceName, int rounds, int respondents, int answers, int actions) {
}
