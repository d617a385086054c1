package org.practiceworkbook.store;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;

/**
 * Writes src/test/resources/fixtures/workbook-v1.mv.db: a small workbook made by schema version 1, committed so that
 * every later schema must keep opening it ({@link FixtureWorkbookTest}). Run once, by hand, when the fixture is made:
 * {@code java -cp target/test-classes:target/classes:target/lib/* org.practiceworkbook.store.FixtureWorkbook}.
 * Never regenerate it after release: its point is that it was made by the old program.
 */
public final class FixtureWorkbook {

    static final Path FILE = Path.of("src/test/resources/fixtures/workbook-v1.mv.db");
    static final Instant ANSWERED = Instant.parse("2027-03-14T09:30:00Z");
    static final String NOTE = "Kept most weeks – not in August; £0 cost; café meeting with Zoë";

    private FixtureWorkbook() {
    }

    public static void main(String[] args) throws Exception {
        Files.deleteIfExists(FILE);
        try (Workbook workbook = Workbook.open(FILE, new PackReader())) {
            var riverside = workbook.practices().add("Riverside Surgery", "A81001", OrganisationalModel.PARTNERSHIP,
                    "Riverside and Vale PCN", "Vale GP Federation");
            workbook.practices().add("Hillside Medical Centre", null, OrganisationalModel.SUPER_PARTNERSHIP, null, null);
            var baseline = workbook.rounds().add(riverside.id(), "Baseline March 2027", LocalDate.of(2027, 3, 14),
                    new RoundFacts(9800, new BigDecimal("2.5"), 4, 3, 2));
            workbook.rounds().add(riverside.id(), "6-month review", LocalDate.of(2027, 9, 20), RoundFacts.NONE);
            var capacity = workbook.packs().latest("capacity").orElseThrow();
            workbook.rounds().useQuestionnaire(baseline.id(), capacity);
            var items = workbook.packs().load(capacity).items().map(i -> i.id()).toList();
            var partner = workbook.respondents().add(baseline.id(), "Dr Ana Müller", Role.GP_PARTNER);
            var manager = workbook.respondents().add(baseline.id(), null, Role.PRACTICE_MANAGER);
            workbook.answers().save(partner.id(), "capacity", new Answer(items.get(0), AnswerValue.level(2), NOTE, ANSWERED));
            workbook.answers().save(partner.id(), "capacity", new Answer(items.get(1), AnswerValue.NOT_APPLICABLE, null, ANSWERED));
            workbook.answers().save(partner.id(), "capacity", new Answer(items.get(2), AnswerValue.DONT_KNOW, null, ANSWERED));
            workbook.answers().save(manager.id(), "capacity", new Answer(items.get(0), AnswerValue.level(4), null, ANSWERED));
        }
    }
}
