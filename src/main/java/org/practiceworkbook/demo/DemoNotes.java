package org.practiceworkbook.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The short notes people leave beside an answer. A note has to fit the item and the level it sits beside, or the demo
 * stops being believable the moment a trainer reads one out, so notes are kept by item (or by section, for notes that
 * fit any item in it) and by whether the person scored low or high. One instance serves one round: no note is written
 * twice in a round.
 */
final class DemoNotes {

    /** A note, and who could have written it: first-person notes fit one person, notes about someone not them. */
    private record Note(String text, String onlyBy, String notBy) {
        boolean fits(String personKey) {
            return (onlyBy == null || onlyBy.equals(personKey)) && !personKey.equals(notBy);
        }
    }

    private static final Map<String, List<Note>> CRITICAL = Map.ofEntries(
            Map.entry("capacity.management-time.time-use", List.of(
                    any("Nobody has ever looked at where the manager's week actually goes."))),
            Map.entry("capacity.specialist-functions.hr", List.of(
                    any("Fine for the simple things; anything tricky means paying a solicitor."))),
            Map.entry("capacity.improvement-support.transformation-role", List.of(
                    any("Everyone agrees we need one; nobody knows how we'd pay for it."),
                    any("Nobody's job is to make change happen; it's done on top of everything else."))),
            Map.entry("capacity.improvement-support.improvement-expertise", List.of(
                    any("The training hub offers QI coaching, but we've never taken it up."))),
            Map.entry("skills.qualifications.manager-qualification", List.of(
                    notBy("manager", "Joanne is qualified; the team leaders have had no management training."))),
            Map.entry("skills.development.pcn-peer-learning", List.of(
                    by("manager", "The PCN managers' meeting is mostly about the contract, not learning from each other."))),
            Map.entry("skills.business.hr", List.of(
                    any("Team leaders handle sickness absence without any training in it."))),
            Map.entry("skills.business.premises", List.of(
                    notBy("manager", "Only Joanne really understands the lease."))),
            Map.entry("skills.leading-teams.multi-disciplinary", List.of(
                    any("The newer roles still come to a GP for every decision."))),
            Map.entry("governance.model.small-agility", List.of(
                    any("We can move quickly when the partners agree, which isn't always."))),
            Map.entry("governance.system.pcn-part", List.of(
                    notBy("senior-partner", "Dr Price goes to the PCN board, but what's agreed there rarely reaches "
                            + "the rest of us."))),
            Map.entry("governance.system.federation", List.of(
                    any("I know we're members, but not what we get for it."))),
            Map.entry("governance.quality.management-system", List.of(
                    any("Policies are on the shared drive, but half are past their review date."))),
            Map.entry("capacity.protected-time.manager-weekly-sessions", List.of(
                    any("Slot in the diary but lost to rota gaps most weeks since January."),
                    by("manager", "Wednesday afternoon is meant to be mine; in practice it goes on the phones."))),
            Map.entry("capacity.protected-time.gp-lead-sessions", List.of(
                    notBy("senior-partner", "Dr Price does the leadership work in her own time, usually after "
                            + "evening surgery."))),
            Map.entry("capacity.protected-time.team-sessions", List.of(
                    any("We get the protected learning afternoons, but they all go on mandatory training."))),
            Map.entry("capacity.management-time", List.of(
                    by("manager", "Manager and deputy are both doing rotas and payroll; nobody has time to plan."),
                    any("Our management team is thin for nearly 10,000 patients, and the list keeps growing."))),
            Map.entry("capacity.management-time.planning-for-growth", List.of(
                    any("About 600 new homes at Mill Lane over the next two years, and no plan for what that "
                            + "means for us."))),
            Map.entry("capacity.specialist-functions.finance", List.of(
                    any("The accountant does the year-end and nothing in between."))),
            Map.entry("capacity.specialist-functions.data", List.of(
                    any("Searches get done when someone has a spare afternoon, which is never."))),
            Map.entry("capacity.specialist-functions.estates", List.of(
                    any("The lease renewal came as a surprise last year."))),
            Map.entry("capacity.improvement-support.pcn-support", List.of(
                    any("The PCN manager is helpful but stretched across five practices."))),
            Map.entry("capacity.need-and-continuity.succession", List.of(
                    notBy("manager", "If Joanne left tomorrow, I'm not sure anyone knows how the contract claims "
                            + "work."),
                    notBy("senior-partner", "Dr Price retires in 2028 and we haven't talked about it properly."))),
            Map.entry("capacity.need-and-continuity.local-need", List.of(
                    any("Our list is more deprived than most of the PCN, but we're staffed like the leafier "
                            + "practices."))),
            Map.entry("skills.qualifications.role-skills", List.of(
                    any("Job descriptions haven't been updated since 2019."))),
            Map.entry("skills.development.development-plans", List.of(
                    any("Appraisals happen, but the development plans don't go anywhere."))),
            Map.entry("skills.development.time-and-funding", List.of(
                    any("The training budget is whatever is left in March."))),
            Map.entry("skills.development.career-pathway", List.of(
                    any("Good reception staff leave to get on; there's no route up here."),
                    by("reception-lead", "Six years on reception and nobody has talked to me about what's next."))),
            Map.entry("skills.gp-leadership.gp-training", List.of(
                    any("Leadership training is whatever you pick up at partners' meetings."))),
            Map.entry("skills.gp-leadership.new-gp-experience", List.of(
                    by("salaried-gp", "Salaried GPs never see the business side, and we'd like to."))),
            Map.entry("skills.improvement.qi-method", List.of(
                    any("We tend to change everything at once and hope, rather than test something small first."))),
            Map.entry("skills.improvement.qi-skills-spread", List.of(
                    any("The smear recall project was proper QI; that's about it so far."))),
            Map.entry("skills.improvement.data-use", List.of(
                    any("We look at the appointment data when something has gone wrong, not as a matter of "
                            + "routine."))),
            Map.entry("skills.business.finance", List.of(
                    any("Only one partner really understands the accounts."))),
            Map.entry("skills.leading-teams.emerging-leaders", List.of(
                    notBy("reception-lead", "There are people in reception who could lead, but nobody asks them."))),
            Map.entry("skills.leading-teams.non-gp-leaders", List.of(
                    any("The nurses run their clinics well but aren't in the room when decisions are made."))),
            Map.entry("governance.decisions.scheme-of-delegation", List.of(
                    by("manager", "I never know what I can sign off without asking a partner."),
                    any("It depends which partner you ask."))),
            Map.entry("governance.decisions.decision-records", List.of(
                    any("Partners' meetings are minuted, but the actions roll over month after month."))),
            Map.entry("governance.decisions.team-voice", List.of(
                    any("We find out about changes when a patient tells us."))),
            Map.entry("governance.model.model-review", List.of(
                    any("The partnership works as it always has; nobody has asked whether it still suits us."))),
            Map.entry("governance.succession.route-to-partnership", List.of(
                    by("salaried-gp", "No idea what buy-in would cost or when I might be asked."))),
            Map.entry("governance.succession.leadership-appeal", List.of(
                    any("Nobody has asked the salaried GPs what would make partnership attractive."))),
            Map.entry("governance.succession.governing-documents", List.of(
                    any("The partnership agreement dates from 2014 and still names two partners who have "
                            + "left."))),
            Map.entry("governance.succession.future-options", List.of(
                    notBy("senior-partner", "We've never talked about what happens if we can't replace Dr Price."))),
            Map.entry("governance.system.hospital-interface", List.of(
                    any("Advice and guidance works for some specialties; for others it's back to referral "
                            + "letters."))),
            Map.entry("governance.system.pcn-development", List.of(
                    any("The PCN hasn't looked at how it makes decisions since it started."))),
            Map.entry("governance.quality.improvement-plan", List.of(
                    any("Lots of ideas, but nothing written down for the year."))),
            Map.entry("governance.quality.improvement-culture", List.of(
                    any("People do suggest things, but they get lost in the busy weeks."))));

    private static final Map<String, List<Note>> APPRECIATIVE = Map.ofEntries(
            Map.entry("skills.business.hr", List.of(
                    notBy("manager", "Joanne's employment law training is up to date, and it shows."))),
            Map.entry("skills.business.premises", List.of(
                    notBy("partner", "Dr Qureshi knows the lease inside out."))),
            Map.entry("capacity.need-and-continuity.stability", List.of(
                    any("Most of the team have been here for years; turnover is low."))),
            Map.entry("governance.quality.management-system", List.of(
                    any("The CQC inspection last year found the policies in good order."))),
            Map.entry("capacity.specialist-functions.hr", List.of(
                    any("The federation's HR adviser came back within a day on the sickness case."))),
            Map.entry("capacity.specialist-functions.it", List.of(
                    any("The IT service desk is quick, and our own digital lead sorts most things first."))),
            Map.entry("capacity.improvement-support.federation-support", List.of(
                    any("We buy payroll and HR from the federation and it's good value."))),
            Map.entry("skills.qualifications.professional-registration", List.of(
                    notBy("manager", "Joanne is on the practice managers' register and keeps her CPD up to date."))),
            Map.entry("skills.qualifications.manager-qualification", List.of(
                    notBy("manager", "Joanne finished her management diploma last year."))),
            Map.entry("skills.business.digital", List.of(
                    any("Two of the care navigators are real experts on the clinical system."))),
            Map.entry("skills.leading-teams.multi-disciplinary", List.of(
                    any("The pharmacist and the paramedic both say they feel part of the team."))),
            Map.entry("governance.model.small-agility", List.of(
                    any("When we changed the triage rota it was done inside a fortnight."))),
            Map.entry("governance.model.local-knowledge", List.of(
                    any("Half the reception team have been here over ten years and know most of the "
                            + "families."))),
            Map.entry("governance.decisions.lead-roles", List.of(
                    any("Every lead is named on the noticeboard and people know who to go to."))),
            Map.entry("governance.system.community-services", List.of(
                    any("The monthly meeting with the district nurses works really well."))),
            Map.entry("governance.quality.learning-from-events", List.of(
                    any("Significant events go to the monthly team meeting, and things do change afterwards."))));

    /**
     * What people wrote six months on where something had changed for the better ({@code BETTER}) or worse; on these
     * items they replace the baseline's notes, which would by then be out of date.
     */
    private static final Map<String, List<Note>> WORSE = Map.of(
            "capacity.need-and-continuity.stability", List.of(
                    any("The assistant manager left in July and we're covering between us.")));

    private static final Map<String, List<Note>> BETTER = Map.ofEntries(
            Map.entry("capacity.protected-time.manager-weekly-sessions", List.of(
                    any("Wednesday afternoons have mostly held since May; lost two over the summer."))),
            Map.entry("capacity.protected-time.gp-lead-sessions", List.of(
                    notBy("partner", "Dr Qureshi now has a paid leadership session on Thursday mornings."))),
            Map.entry("capacity.protected-time.team-sessions", List.of(
                    any("June's learning afternoon was our first on improvement rather than mandatory training."))),
            Map.entry("capacity.improvement-support.pcn-support", List.of(
                    any("The PCN's shared HR adviser has helped with two cases since June."))),
            Map.entry("capacity.management-time.delegation", List.of(
                    any("Team leaders now run their own rotas."))),
            Map.entry("capacity.management-time.staffing-to-list-size", List.of(
                    any("The extra 0.4 WTE operations post has made a real difference."))),
            Map.entry("capacity.need-and-continuity.knowledge-continuity", List.of(
                    any("Payroll and claims now have written procedures and a named back-up."))),
            Map.entry("skills.development.development-plans", List.of(
                    by("manager", "I have a written development plan for the first time."))),
            Map.entry("skills.gp-leadership.new-gp-experience", List.of(
                    by("salaried-gp", "I've been to two business meetings since the summer."))),
            Map.entry("skills.leading-teams.non-gp-leaders", List.of(
                    notBy("nurse", "Grace now leads the long-term conditions reviews and reports to the partners' "
                            + "meeting."))),
            Map.entry("skills.improvement.qi-method", List.of(
                    any("Two PDSA cycles on the phone queue since the training; early days."))),
            Map.entry("governance.decisions.scheme-of-delegation", List.of(
                    by("manager", "The delegation list agreed in May helps: I can now approve rotas and locum "
                            + "bookings up to £2,000."))),
            Map.entry("governance.decisions.decision-records", List.of(
                    any("The action log at partners' meetings is working; things no longer roll over."))),
            Map.entry("governance.quality.improvement-plan", List.of(
                    any("The improvement plan is up on the staff room wall."))),
            Map.entry("governance.succession.route-to-partnership", List.of(
                    by("salaried-gp", "There's now a written note on buy-in and timing, though the figures are still vague."))),
            Map.entry("governance.system.pcn-part", List.of(
                    notBy("manager", "Joanne now goes to the PCN operational meeting."))));

    /** Notes that fit any item, for when nothing more particular is left. */
    private static final List<Note> ANY_CRITICAL = List.of(
            any("Happens when one person pushes it, not because it's built in."),
            any("We talk about this a lot but never get round to it."),
            any("There on paper more than in practice."),
            any("I may be wrong, but this is how it looks from where I sit."));

    private static final List<Note> ANY_APPRECIATIVE = List.of(
            any("Works well most of the time, though it rests on a couple of people."),
            any("Much better than it was two years ago."));

    private static final List<Note> DONT_KNOW = List.of(
            any("Not something I see; the partners deal with this."),
            any("I'd be guessing."),
            any("I'm not sure who looks after this."),
            any("Never seen anything about this, so I can't say."),
            any("Never been shown this, so I don't know."));

    private static final List<Note> NOT_APPLICABLE = List.of(
            any("Doesn't really apply to a practice our size."),
            any("Not something we do here, so I've put N/A."),
            any("Not sure this applies to us."));

    private final Set<String> used = new HashSet<>();

    /** A note for a level, if one fits that this round has not used yet. */
    Optional<String> forLevel(String itemId, int round, int level, String personKey, Random random) {
        if (round > 0 && (BETTER.containsKey(itemId) || WORSE.containsKey(itemId))) {
            var sixMonthsOn = new ArrayList<Note>();
            if (level >= 3) {
                sixMonthsOn.addAll(BETTER.getOrDefault(itemId, List.of()));
            }
            if (level <= 3) {
                sixMonthsOn.addAll(WORSE.getOrDefault(itemId, List.of()));
            }
            return pick(sixMonthsOn, personKey, random);
        }
        boolean critical = level <= 3;
        Map<String, List<Note>> pools = critical ? CRITICAL : APPRECIATIVE;
        var candidates = new ArrayList<Note>(pools.getOrDefault(itemId, List.of()));
        candidates.addAll(pools.getOrDefault(sectionOf(itemId), List.of()));
        Optional<String> particular = pick(candidates, personKey, random);
        if (particular.isPresent()) {
            return particular;
        }
        return pick(critical ? ANY_CRITICAL : ANY_APPRECIATIVE, personKey, random);
    }

    Optional<String> forDontKnow(String personKey, Random random) {
        return pick(DONT_KNOW, personKey, random);
    }

    Optional<String> forNotApplicable(String personKey, Random random) {
        return pick(NOT_APPLICABLE, personKey, random);
    }

    private Optional<String> pick(List<Note> pool, String personKey, Random random) {
        var fresh = pool.stream().filter(note -> note.fits(personKey) && !used.contains(note.text())).toList();
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        String text = fresh.get(random.nextInt(fresh.size())).text();
        used.add(text);
        return Optional.of(text);
    }

    private static Note any(String text) {
        return new Note(text, null, null);
    }

    private static Note by(String personKey, String text) {
        return new Note(text, personKey, null);
    }

    private static Note notBy(String personKey, String text) {
        return new Note(text, null, personKey);
    }

    /** Item ids are the section's id and one more part: {@code capacity.protected-time.team-sessions}. */
    static String sectionOf(String itemId) {
        int lastDot = itemId.lastIndexOf('.');
        return lastDot < 0 ? itemId : itemId.substring(0, lastDot);
    }
}
