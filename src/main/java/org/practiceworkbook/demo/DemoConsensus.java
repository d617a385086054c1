package org.practiceworkbook.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.demo.DemoPeople.Person;

/**
 * What the room agrees once it has seen everyone's answers: usually the middle of them, settled towards what is
 * really so, and, where people were two levels or more apart, a note of how the difference was resolved, because
 * that note is what a trainer points to when showing how a workshop works.
 */
final class DemoConsensus {

    private DemoConsensus() {
    }

    /** The group's agreement on one item, from what each person said, in {@link DemoPeople#TEAM} order. */
    static Consensus agree(String itemId, int round, List<AnswerValue> said, Instant decidedAt, Random random) {
        var contested = DemoStory.contested(itemId, round);
        if (contested.isPresent()) {
            return new Consensus(itemId, AnswerValue.level(contested.get().agreed()), contested.get().discussion(),
                    decidedAt);
        }
        var levels = said.stream().filter(v -> v instanceof AnswerValue.Level).map(v -> ((AnswerValue.Level) v).value())
                .sorted().toList();
        if (levels.isEmpty()) {
            return new Consensus(itemId, AnswerValue.DONT_KNOW, "Nobody in the room could say. Joanne to find out "
                    + "before the review.", decidedAt);
        }
        int agreed = middle(levels, DemoStory.truth(itemId).in(round));
        int low = levels.getFirst();
        int high = levels.getLast();
        String note = high - low >= 2 ? discussion(said, low, high, agreed, random) : null;
        return new Consensus(itemId, AnswerValue.level(agreed), note, decidedAt);
    }

    /**
     * The level the group aims for: one step up where it is weak, "established" where it is partly there, and
     * nothing set where it is already established (the pack's default then stands).
     */
    static Optional<Integer> target(AnswerValue agreed) {
        if (!(agreed instanceof AnswerValue.Level level) || level.value() >= 4) {
            return Optional.empty();
        }
        return Optional.of(level.value() == 3 ? 4 : level.value() + 1);
    }

    /** The median; when it falls between two levels, the discussion brings the room nearer the truth. */
    private static int middle(List<Integer> sorted, double truth) {
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        int below = sorted.get(n / 2 - 1);
        int above = sorted.get(n / 2);
        double median = (below + above) / 2.0;
        if (below == above || median == Math.rint(median)) {
            return (int) median;
        }
        return truth < median ? (int) Math.floor(median) : (int) Math.ceil(median);
    }

    private static String discussion(List<AnswerValue> said, int low, int high, int agreed, Random random) {
        String highest = who(said, high);
        String lowest = who(said, low);
        return switch (random.nextInt(4)) {
            case 0 -> capitalised(highest) + " scored it higher than " + lowest + ". Agreed " + agreed
                    + " after discussion.";
            case 1 -> "Scores ran from " + low + " to " + high + ": " + highest + " at the top, " + lowest
                    + " at the bottom. Agreed " + agreed + ".";
            case 2 -> "A wide spread, " + low + " to " + high + ". " + capitalised(lowest)
                    + " explained what happens day to day; agreed " + agreed + ".";
            default -> capitalised(highest) + " saw this differently from " + lowest + ". Agreed " + agreed
                    + " for now, to check again before the next review.";
        };
    }

    /** Who gave a level, as the room would say it: "the partners", "Joanne and Grace". */
    private static String who(List<AnswerValue> said, int level) {
        var people = new ArrayList<Person>();
        for (int i = 0; i < said.size(); i++) {
            if (said.get(i) instanceof AnswerValue.Level l && l.value() == level) {
                people.add(DemoPeople.TEAM.get(i));
            }
        }
        var partners = DemoPeople.TEAM.stream().filter(p -> p.role() == Role.GP_PARTNER)
                .toList();
        var names = new ArrayList<String>();
        if (people.containsAll(partners)) {
            names.add("the partners");
            people.removeAll(partners);
        }
        people.forEach(p -> names.add(p.called()));
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
