package org.practiceworkbook.assessment;

/**
 * What the practice decided about an open action when a new round started: each is decided once per round, so the
 * review list empties as the team works through it and nothing is silently forgotten.
 */
public enum ActionReview {
    DONE("done", "Done", PlannedAction.Status.DONE),
    CARRIED_FORWARD("carried-forward", "Carry forward", null),
    DROPPED("dropped", "Drop", PlannedAction.Status.DROPPED);

    private final String token;
    private final String label;
    private final PlannedAction.Status status;

    ActionReview(String token, String label, PlannedAction.Status status) {
        this.token = token;
        this.label = label;
        this.status = status;
    }

    /** The name our files use. */
    public String token() {
        return token;
    }

    /** The words on the button that decides it. */
    public String label() {
        return label;
    }

    /** The action after this decision: done or dropped close it; carrying it forward leaves it as it was. */
    public PlannedAction apply(PlannedAction action) {
        return status == null ? action : action.withStatus(status);
    }

    /** The status this decision closes an action with; empty for carrying it forward. */
    public java.util.Optional<PlannedAction.Status> closesAs() {
        return java.util.Optional.ofNullable(status);
    }

    public static ActionReview fromToken(String text) {
        return Tokens.parse(values(), ActionReview::token, text, "review outcome");
    }
}
