package org.practiceworkbook.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Choices for one report.
 *
 * @param showNames  whether the cover lists the names people gave, beside the counts by role; off unless the
 *                   practice chooses it, since the report is passed round
 * @param preparedOn the day it is prepared: printed on the cover, and the day actions become overdue
 */
public record ReportOptions(boolean showNames, LocalDate preparedOn) {

    public ReportOptions {
        Objects.requireNonNull(preparedOn, "preparedOn");
    }

    /** Roles only, prepared today. */
    public static ReportOptions rolesOnly(LocalDate today) {
        return new ReportOptions(false, today);
    }
}
