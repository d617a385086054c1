package org.practiceworkbook.demo;

import java.util.List;

import org.practiceworkbook.assessment.Role;

/**
 * The six people at Riverside Surgery who answer in both rounds. A respondent belongs to one round in the workbook,
 * so each person is added afresh to each round; their leanings stay the same, which is what makes the two rounds
 * read as the same team six months on.
 */
final class DemoPeople {

    /**
     * One person and how their view of the practice leans.
     *
     * @param key           a fixed name for deterministic ids and per-person noise; never shown
     * @param name          null for someone who chose not to give a name
     * @param called        how the room refers to them in a discussion note
     * @param dontKnowTopics item id fragments this person mostly cannot judge (finance, the partnership's papers)
     * @param dontKnowChance how often they say "don't know" on those topics
     */
    record Person(String key, String name, String called, Role role, double capacityBias, double skillsBias,
                  double governanceBias, List<String> dontKnowTopics, double dontKnowChance) {

        double bias(String packId) {
            return switch (packId) {
                case "capacity" -> capacityBias;
                case "skills" -> skillsBias;
                case "governance" -> governanceBias;
                default -> 0;
            };
        }
    }

    private static final List<String> MONEY_AND_PAPERS = List.of("finance", "estates", "premises",
            "governing-documents", "scheme-of-delegation", "model-review", "future-options", "pcn-development",
            "federation", "staffing-to-list-size", "planning-for-growth");

    /**
     * Partners lean a little optimistic about governance (they run it); the manager is the sharpest critic of
     * capacity (she lives with the gaps); reception sees little of finance or the partnership's workings.
     */
    static final List<Person> TEAM = List.of(
            new Person("senior-partner", "Dr Helen Price", "Dr Price", Role.GP_PARTNER, 0.3, 0.2, 0.4,
                    List.of(), 0),
            new Person("partner", "Dr Imran Qureshi", "Dr Qureshi", Role.GP_PARTNER, 0.2, 0.1, 0.3,
                    List.of("estates", "premises"), 0.15),
            new Person("salaried-gp", null, "the salaried GP", Role.SALARIED_GP, 0.0, -0.1, -0.3,
                    List.of("finance", "governing-documents", "scheme-of-delegation", "future-options",
                            "staffing-to-list-size", "estates", "premises"), 0.35),
            new Person("manager", "Joanne Fletcher", "Joanne", Role.PRACTICE_MANAGER, -0.5, 0.1, -0.1,
                    List.of(), 0),
            new Person("nurse", "Grace Adeyemi", "Grace", Role.NURSE, -0.1, 0.0, -0.2,
                    List.of("finance", "estates", "premises", "governing-documents", "future-options",
                            "model-review", "federation"), 0.4),
            new Person("reception-lead", null, "the reception lead", Role.ADMIN, -0.2, -0.2, -0.3,
                    MONEY_AND_PAPERS, 0.55));

    private DemoPeople() {
    }
}
