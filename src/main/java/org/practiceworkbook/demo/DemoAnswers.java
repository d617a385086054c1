package org.practiceworkbook.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.demo.DemoPeople.Person;
import org.practiceworkbook.questionnaire.Item;

/**
 * Makes one person's answers: each level scatters around where the practice really is ({@link DemoStory}), leaning
 * the way that person leans, with the occasional "don't know", "not applicable" and note. Everything comes from one
 * seeded {@link Random}, so the demo is the same on every computer, every time.
 */
final class DemoAnswers {

    /**
     * How far one person's view of an item sits from the truth, the same in both rounds: a manager who thinks IT
     * support is poor still thinks so six months on. Kept small enough that most items see agreement within a level.
     */
    private static final double PERSONAL_SPREAD = 0.3;
    /** How much an answer wobbles from one sitting to the next. */
    private static final double ON_THE_DAY = 0.2;
    private static final double NOTE_CHANCE = 0.14;
    private static final double ANYONE_DONT_KNOW = 0.012;
    private static final double NOT_APPLICABLE = 0.025;
    /** Six months of the assessment being talked about leaves people a little better informed. */
    private static final double BETTER_INFORMED = 0.75;

    private final Random random;

    DemoAnswers(Random random) {
        this.random = random;
    }

    /** One person's answers, in order, to the items asked in one questionnaire, given a minute or so apart. */
    List<Answer> answer(Person person, int round, String packId, List<Item> asked, Instant startAt, DemoNotes notes) {
        var answers = new ArrayList<Answer>();
        Instant at = startAt;
        for (Item item : asked) {
            var aside = DemoStory.aside(item.id(), round, person.key());
            AnswerValue value = aside.isPresent() ? aside.get().value() : value(person, round, packId, item.id());
            String note = aside.isPresent() ? aside.get().note()
                    : note(person, item.id(), round, value, notes).orElse(null);
            answers.add(new Answer(item.id(), value, note, at));
            at = at.plus(Duration.ofSeconds(35 + random.nextInt(80)));
        }
        return answers;
    }

    private AnswerValue value(Person person, int round, String packId, String itemId) {
        Optional<AnswerValue> said = DemoStory.contested(itemId, round).flatMap(c -> said(c, person));
        if (said.isPresent()) {
            return said.get();
        }
        double informed = round == 0 ? 1 : BETTER_INFORMED;
        if (random.nextDouble() < dontKnowChance(person, itemId) * informed) {
            return AnswerValue.DONT_KNOW;
        }
        if (!runsThePractice(person) && random.nextDouble() < NOT_APPLICABLE) {
            return AnswerValue.NOT_APPLICABLE;
        }
        double level = DemoStory.truth(itemId).in(round) + person.bias(packId) + personalLean(person, itemId)
                + random.nextGaussian() * ON_THE_DAY;
        return AnswerValue.level((int) Math.max(1, Math.min(5, Math.round(level))));
    }

    /** Partners and the manager know what applies to their own practice; a stray N/A from them would be a slip. */
    private static boolean runsThePractice(Person person) {
        return person.role() == Role.GP_PARTNER || person.role() == Role.PRACTICE_MANAGER;
    }

    private static double dontKnowChance(Person person, String itemId) {
        boolean outsideTheirWork = person.dontKnowTopics().stream().anyMatch(itemId::contains);
        return outsideTheirWork ? person.dontKnowChance() : ANYONE_DONT_KNOW;
    }

    /** Seeded by person and item, not drawn from the shared generator, so it stays put between rounds. */
    private static double personalLean(Person person, String itemId) {
        // SplittableRandom mixes its seed well, so neighbouring hashes do not give neighbouring leans.
        return new SplittableRandom(Objects.hash(person.key(), itemId)).nextGaussian() * PERSONAL_SPREAD;
    }

    /** What a person said on a contested item; empty where the story leaves them to the usual scatter. */
    private static Optional<AnswerValue> said(DemoStory.Contested contested, Person person) {
        String[] said = contested.said().split(" ");
        String mine = said[DemoPeople.TEAM.indexOf(person)];
        return switch (mine) {
            case "d" -> Optional.of(AnswerValue.DONT_KNOW);
            case "n" -> Optional.of(AnswerValue.NOT_APPLICABLE);
            case "." -> Optional.empty();
            default -> Optional.of(AnswerValue.level(Integer.parseInt(mine)));
        };
    }

    private Optional<String> note(Person person, String itemId, int round, AnswerValue value, DemoNotes notes) {
        return switch (value) {
            case AnswerValue.Level level -> random.nextDouble() < NOTE_CHANCE
                    ? notes.forLevel(itemId, round, level.value(), person.key(), random) : Optional.empty();
            case AnswerValue.DontKnow _ -> random.nextDouble() < 0.25
                    ? notes.forDontKnow(person.key(), random) : Optional.empty();
            case AnswerValue.NotApplicable _ -> random.nextDouble() < 0.5
                    ? notes.forNotApplicable(person.key(), random) : Optional.empty();
        };
    }
}
