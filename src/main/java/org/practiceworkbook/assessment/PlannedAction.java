package org.practiceworkbook.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One action in a practice's plan, written to be SMART: what will be done and why (the items it answers), who owns
 * it, by when, how urgent it is, where it has got to, and how the practice will know it worked. Optional parts are
 * null. {@code originRoundId} is the round whose results prompted it, when known. The {@code anchor} is the person
 * who keeps the action moving between meetings, who need not be the owner who answers for it.
 */
public record PlannedAction(long id, UUID publicId, long practiceId, Long originRoundId, String title,
                            String description, String owner, String anchor, LocalDate dueOn, Priority priority, Status status,
                            String successMeasure, LocalDate reviewOn, List<ItemRef> linkedItems) {

    public static final int MAX_TITLE_LENGTH = 200;

    public PlannedAction {
        java.util.Objects.requireNonNull(publicId, "publicId");
        title = Text.collapseSpaces(title);
        if (title.isEmpty()) {
            throw new InvalidInputException("action", "the action needs a title saying what will be done");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("action", "the action's title is longer than " + MAX_TITLE_LENGTH
                    + " characters");
        }
        description = Text.blankToNull(description, "action's description", Answer.MAX_NOTE_LENGTH);
        owner = Text.blankToNull(owner, "owner", Practice.MAX_NAME_LENGTH);
        anchor = Text.blankToNull(anchor, "anchor", Practice.MAX_NAME_LENGTH);
        successMeasure = Text.blankToNull(successMeasure, "success measure", 1000);
        priority = priority == null ? Priority.MEDIUM : priority;
        status = status == null ? Status.NOT_STARTED : status;
        linkedItems = List.copyOf(linkedItems);
    }

    /** The same action under other row ids: as stored, or detached from any workbook (ids 0 and null). */
    public PlannedAction withRowIds(long newId, long newPracticeId, Long newOriginRoundId) {
        return new PlannedAction(newId, publicId, newPracticeId, newOriginRoundId, title, description, owner, anchor,
                dueOn, priority, status, successMeasure, reviewOn, linkedItems);
    }

    /** The same action answering other items. */
    public PlannedAction withLinkedItems(List<ItemRef> items) {
        return new PlannedAction(id, publicId, practiceId, originRoundId, title, description, owner, anchor, dueOn,
                priority, status, successMeasure, reviewOn, items);
    }

    /** The same action at another status, as when a new round's review carries it forward or drops it. */
    public PlannedAction withStatus(Status newStatus) {
        return new PlannedAction(id, publicId, practiceId, originRoundId, title, description, owner, anchor, dueOn,
                priority, newStatus, successMeasure, reviewOn, linkedItems);
    }

    /** How soon an action matters. {@code token} is the name our files use. */
    public enum Priority {
        HIGH("high", "High"), MEDIUM("medium", "Medium"), LOW("low", "Low");

        private final String token;
        private final String label;

        Priority(String token, String label) {
            this.token = token;
            this.label = label;
        }

        public String token() {
            return token;
        }

        public String label() {
            return label;
        }

        public static Priority fromToken(String text) {
            return Tokens.parse(values(), Priority::token, text, "priority");
        }
    }

    /** Where an action has got to. {@code token} is the name our files use. */
    public enum Status {
        NOT_STARTED("not-started", "Not started"), IN_PROGRESS("in-progress", "In progress"), DONE("done", "Done"),
        DROPPED("dropped", "Dropped");

        private final String token;
        private final String label;

        Status(String token, String label) {
            this.token = token;
            this.label = label;
        }

        public String token() {
            return token;
        }

        public String label() {
            return label;
        }

        public static Status fromToken(String text) {
            return Tokens.parse(values(), Status::token, text, "status");
        }
    }
}
