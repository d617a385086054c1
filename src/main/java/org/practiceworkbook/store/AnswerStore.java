package org.practiceworkbook.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;

/** Respondents' answers. Each save is its own commit, made the moment the answer is given. */
public final class AnswerStore {

    private final Jdbc jdbc;

    AnswerStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private static final String MERGE = "merge into answer (respondent_id, pack_id, item_id, level, special, note, "
            + "answered_at) key (respondent_id, pack_id, item_id) values (?, ?, ?, ?, ?, ?, ?)";

    /** Saves (or replaces) one answer, committed before this returns. */
    public void save(long respondentId, String packId, Answer answer) {
        jdbc.update(MERGE, parameters(respondentId, packId, answer));
    }

    /** Removes one answer, note and all. */
    public void delete(long respondentId, String packId, String itemId) {
        jdbc.update("delete from answer where respondent_id = ? and pack_id = ? and item_id = ?", respondentId, packId,
                itemId);
    }

    /** Saves a respondent's answers together, as one commit: all of them are kept, or none. */
    public void saveAll(long respondentId, String packId, Collection<Answer> answers) {
        jdbc.inTransaction(() -> {
            answers.forEach(answer -> jdbc.update(MERGE, parameters(respondentId, packId, answer)));
            return null;
        });
    }

    private static Object[] parameters(long respondentId, String packId, Answer answer) {
        return new Object[] {respondentId, packId, answer.itemId(), level(answer.value()), special(answer.value()),
                answer.note(), answer.answeredAt()};
    }

    static Integer level(AnswerValue value) {
        return value instanceof AnswerValue.Level l ? l.value() : null;
    }

    /** How many items each of a round's respondents has answered (level, N/A or don't know), by respondent then pack. */
    public Map<Long, Map<String, Integer>> answeredCounts(long roundId) {
        var counts = new LinkedHashMap<Long, Map<String, Integer>>();
        jdbc.list("select a.respondent_id, a.pack_id, count(*) from answer a join respondent r on r.id = a.respondent_id "
                        + "where r.round_id = ? and (a.level is not null or a.special is not null) "
                        + "group by a.respondent_id, a.pack_id",
                row -> counts.computeIfAbsent(row.getLong(1), k -> new LinkedHashMap<>()).put(row.getString(2), row.getInt(3)),
                roundId);
        return counts;
    }

    /** Which questionnaires a respondent has answered anything in (a level, N/A, don't know or a note). */
    public java.util.List<String> packsAnswered(long respondentId) {
        return jdbc.list("select distinct pack_id from answer where respondent_id = ? order by pack_id",
                row -> row.getString(1), respondentId);
    }

    /** One respondent's answers to one questionnaire, by item id. */
    public Map<String, Answer> forRespondent(long respondentId, String packId) {
        var answers = new LinkedHashMap<String, Answer>();
        jdbc.list("select item_id, level, special, note, answered_at from answer where respondent_id = ? and pack_id = ?",
                AnswerStore::answer, respondentId, packId).forEach(a -> answers.put(a.itemId(), a));
        return answers;
    }

    /** Every respondent's answer values for one questionnaire in a round: respondent id, then item id. */
    public Map<Long, Map<String, AnswerValue>> valuesForRound(long roundId, String packId) {
        var byRespondent = new LinkedHashMap<Long, Map<String, AnswerValue>>();
        jdbc.list("select a.respondent_id, a.item_id, a.level, a.special from answer a "
                        + "join respondent r on r.id = a.respondent_id where r.round_id = ? and a.pack_id = ? "
                        + "and (a.level is not null or a.special is not null) order by a.respondent_id",
                row -> {
                    byRespondent.computeIfAbsent(row.getLong(1), k -> new LinkedHashMap<>())
                            .put(row.getString(2), value(row));
                    return null;
                }, roundId, packId);
        return byRespondent;
    }

    /**
     * Every round's answer values for one questionnaire across a practice, in one read: round id, then respondent
     * id, then item id. For trends over time, where every round is wanted at once.
     */
    public Map<Long, Map<Long, Map<String, AnswerValue>>> valuesForPractice(long practiceId, String packId) {
        var byRound = new LinkedHashMap<Long, Map<Long, Map<String, AnswerValue>>>();
        jdbc.list("select r.round_id, a.respondent_id, a.item_id, a.level, a.special from answer a "
                        + "join respondent r on r.id = a.respondent_id join assessment_round o on o.id = r.round_id "
                        + "where o.practice_id = ? and a.pack_id = ? and (a.level is not null or a.special is not null) "
                        + "order by r.round_id, a.respondent_id",
                row -> {
                    byRound.computeIfAbsent(row.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(row.getLong(2), k -> new LinkedHashMap<>())
                            .put(row.getString(3), value(row));
                    return null;
                }, practiceId, packId);
        return byRound;
    }

    private static Answer answer(ResultSet row) throws SQLException {
        return new Answer(row.getString("item_id"), value(row), row.getString("note"), Jdbc.instant(row, "answered_at"));
    }

    static AnswerValue value(ResultSet row) throws SQLException {
        Integer level = Jdbc.integer(row, "level");
        if (level != null) {
            return AnswerValue.level(level);
        }
        String special = row.getString("special");
        if (special == null) {
            return null;
        }
        return switch (special) {
            case "na" -> AnswerValue.NOT_APPLICABLE;
            case "dontknow" -> AnswerValue.DONT_KNOW;
            default -> throw new StoreException("unknown answer \"" + special + "\" in the workbook");
        };
    }

    static String special(AnswerValue value) {
        return switch (value) {
            case AnswerValue.NotApplicable _ -> "na";
            case AnswerValue.DontKnow _ -> "dontknow";
            case AnswerValue.Level _ -> null;
            case null -> null;
        };
    }
}
