package org.practiceworkbook.spreadsheet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How values become cells: ISO dates, which Excel reads as dates whatever the computer's locale. */
final class Cells {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Cells() {
    }

    /** 2027-03-14, or an empty cell. */
    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** 2027-03-14T10:15:30Z: the moment in UTC to the second, so two laptops' times sort together. */
    static String moment(Instant instant) {
        return instant == null ? null : MOMENT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
