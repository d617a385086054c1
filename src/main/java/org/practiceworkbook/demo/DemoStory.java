package org.practiceworkbook.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.practiceworkbook.assessment.AnswerValue;

/**
 * Where Riverside Surgery really stands on each item, at the baseline and six months on. Respondents' answers scatter
 * around these levels, so the story a trainer tells from the demo is written here, in one place: protected time,
 * delegation, the improvement plan and PCN support get better after the baseline's actions; succession, QI skills
 * and the career pathway barely move; stability slips when the assistant manager leaves in the summer.
 */
final class DemoStory {

    /** The level the practice is truly at, before and after. */
    record Truth(double baseline, double review) {
        double in(int round) {
            return round == 0 ? baseline : review;
        }
    }

    /**
     * An item where the room split, with what each person said (in {@link DemoPeople#TEAM} order: 1-5, d for don't
     * know, n for not applicable, . for the usual scatter), what the group agreed, and why.
     */
    record Contested(String itemId, int round, String said, int agreed, String discussion) {
    }

    /**
     * One person's answer that the story fixes, with their note: the "not applicable" answers a trainer can use to
     * show that such answers are left out of every score, whatever the person meant by them.
     */
    record Aside(String itemId, int round, String personKey, AnswerValue value, String note) {
    }

    /** An item in a pack version the demo was not written for: middling, and unchanged. */
    private static final Truth UNKNOWN = new Truth(2.8, 2.8);

    private static final Map<String, Truth> TRUTH = Map.ofEntries(
            // Capacity
            at("capacity.protected-time.manager-weekly-sessions", 1.8, 3.2),
            at("capacity.protected-time.gp-lead-sessions", 2.2, 2.9),
            at("capacity.protected-time.team-sessions", 2.6, 3.4),
            at("capacity.management-time.staffing-to-list-size", 2.3, 2.9),
            at("capacity.management-time.planning-for-growth", 1.7, 2.0),
            at("capacity.management-time.time-use", 2.0, 2.2),
            at("capacity.management-time.delegation", 2.4, 3.1),
            at("capacity.specialist-functions.hr", 3.6, 3.7),
            at("capacity.specialist-functions.finance", 2.2, 2.4),
            at("capacity.specialist-functions.it", 3.9, 3.9),
            at("capacity.specialist-functions.data", 2.1, 2.6),
            at("capacity.specialist-functions.estates", 2.6, 2.6),
            at("capacity.improvement-support.improvement-expertise", 1.9, 2.3),
            at("capacity.improvement-support.transformation-role", 1.4, 1.6),
            at("capacity.improvement-support.pcn-support", 2.0, 3.2),
            at("capacity.improvement-support.federation-support", 3.0, 3.3),
            at("capacity.need-and-continuity.local-need", 1.9, 2.1),
            at("capacity.need-and-continuity.stability", 3.3, 2.6),
            at("capacity.need-and-continuity.succession", 1.5, 2.1),
            at("capacity.need-and-continuity.knowledge-continuity", 2.5, 3.2),
            // Skills
            at("skills.qualifications.manager-qualification", 3.6, 3.7),
            at("skills.qualifications.role-skills", 2.1, 2.3),
            at("skills.qualifications.professional-registration", 4.1, 4.1),
            at("skills.development.development-plans", 1.9, 3.0),
            at("skills.development.time-and-funding", 2.1, 2.3),
            at("skills.development.career-pathway", 1.5, 1.7),
            at("skills.development.pcn-peer-learning", 3.0, 3.5),
            at("skills.gp-leadership.gp-training", 2.0, 2.2),
            at("skills.gp-leadership.partner-portfolios", 2.6, 3.1),
            at("skills.gp-leadership.new-gp-experience", 1.8, 2.6),
            at("skills.improvement.qi-method", 1.8, 2.4),
            at("skills.improvement.qi-skills-spread", 1.5, 1.9),
            at("skills.improvement.data-use", 2.6, 3.0),
            at("skills.business.hr", 3.2, 3.3),
            at("skills.business.finance", 2.7, 2.8),
            at("skills.business.digital", 3.7, 3.8),
            at("skills.business.premises", 3.0, 3.0),
            at("skills.leading-teams.multi-disciplinary", 3.1, 3.2),
            at("skills.leading-teams.non-gp-leaders", 2.8, 3.4),
            at("skills.leading-teams.emerging-leaders", 2.0, 2.3),
            // Governance
            at("governance.decisions.scheme-of-delegation", 1.7, 3.1),
            at("governance.decisions.decision-records", 2.5, 3.4),
            at("governance.decisions.lead-roles", 3.6, 3.7),
            at("governance.decisions.team-voice", 2.3, 2.7),
            at("governance.model.model-review", 1.6, 1.8),
            at("governance.model.small-agility", 3.8, 3.8),
            at("governance.model.local-knowledge", 4.0, 4.0),
            at("governance.model.scale-functions", 2.5, 2.5),
            at("governance.model.scale-innovation", 2.5, 2.5),
            at("governance.succession.route-to-partnership", 2.0, 2.7),
            at("governance.succession.leadership-appeal", 1.5, 2.0),
            at("governance.succession.governing-documents", 2.5, 2.6),
            at("governance.succession.future-options", 1.6, 1.9),
            at("governance.system.pcn-part", 3.0, 3.4),
            at("governance.system.pcn-development", 2.2, 2.5),
            at("governance.system.federation", 3.0, 3.1),
            at("governance.system.hospital-interface", 2.4, 2.4),
            at("governance.system.community-services", 3.5, 3.6),
            at("governance.quality.management-system", 3.2, 3.4),
            at("governance.quality.learning-from-events", 3.8, 3.9),
            at("governance.quality.improvement-plan", 1.8, 3.1),
            at("governance.quality.improvement-culture", 2.8, 3.1));

    static final List<Contested> CONTESTED = List.of(
            new Contested("capacity.protected-time.manager-weekly-sessions", 0, "4 3 3 1 2 2", 2,
                    "Partners thought the Wednesday slot is kept; Joanne's diary shows it lost three weeks in four "
                            + "to rota gaps. Agreed 2."),
            new Contested("capacity.improvement-support.pcn-support", 0, "3 4 . 1 d 2", 2,
                    "The partners see the PCN board working well; day to day, the PCN manager's time goes on "
                            + "recruiting to the additional roles, not on practice support. Agreed 2."),
            new Contested("governance.succession.route-to-partnership", 0, "4 3 1 2 d d", 2,
                    "The partners feel the door is open, but nobody has told the salaried GPs the buy-in figure or "
                            + "the timetable. Agreed 2 until it is written down."),
            new Contested("governance.decisions.team-voice", 0, "4 3 2 2 2 1", 2,
                    "Reception often hear about changes from patients first. The partners were surprised; agreed 2."),
            new Contested("skills.improvement.qi-method", 0, "3 2 1 1 3 d", 2,
                    "The nurses ran a proper PDSA cycle on smear recalls; nothing else has been tested that way. "
                            + "Agreed 2: one good example is not yet how we work."),
            new Contested("capacity.need-and-continuity.stability", 1, "4 3 3 1 3 2", 2,
                    "Partners scored the long-serving team; Joanne pointed out the assistant manager left in July "
                            + "and the post is still empty. Agreed 2 until it is filled."),
            new Contested("governance.quality.improvement-plan", 1, "4 4 3 3 2 1", 3,
                    "The plan exists and the partners signed it off in May, but reception have not seen it. "
                            + "Agreed 3; it goes on the staff noticeboard and the next team meeting."),
            new Contested("skills.gp-leadership.new-gp-experience", 1, "4 3 2 . 3 .", 3,
                    "The salaried GP now sits in on the finance meeting, but only since August and not yet the "
                            + "PCN board. Agreed 3."));

    static final List<Aside> ASIDES = List.of(
            new Aside("capacity.improvement-support.federation-support", 0, "reception-lead",
                    AnswerValue.NOT_APPLICABLE, "Not sure we're in a federation, so I've put N/A."),
            new Aside("skills.gp-leadership.partner-portfolios", 0, "nurse", AnswerValue.NOT_APPLICABLE,
                    "This one is about the partners, so I've left it to them."),
            new Aside("skills.gp-leadership.partner-portfolios", 1, "nurse", AnswerValue.NOT_APPLICABLE,
                    "Still one for the partners, I think."),
            new Aside("governance.system.pcn-development", 1, "salaried-gp", AnswerValue.NOT_APPLICABLE, null));

    private DemoStory() {
    }

    static Optional<Aside> aside(String itemId, int round, String personKey) {
        return ASIDES.stream()
                .filter(a -> a.itemId().equals(itemId) && a.round() == round && a.personKey().equals(personKey))
                .findFirst();
    }

    static Truth truth(String itemId) {
        return TRUTH.getOrDefault(itemId, UNKNOWN);
    }

    static Optional<Contested> contested(String itemId, int round) {
        return CONTESTED.stream().filter(c -> c.itemId().equals(itemId) && c.round() == round).findFirst();
    }

    private static Map.Entry<String, Truth> at(String itemId, double baseline, double review) {
        return Map.entry(itemId, new Truth(baseline, review));
    }
}
