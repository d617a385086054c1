package org.practiceworkbook.assessment;

/** A respondent's role in the practice. {@code token} is the name our files use. */
public enum Role {
    GP_PARTNER("gp-partner", "GP partner"),
    NON_GP_PARTNER("non-gp-partner", "Non-GP partner (for example a manager or nurse partner)"),
    SALARIED_GP("salaried-gp", "Salaried GP"),
    PRACTICE_MANAGER("practice-manager", "Practice manager"),
    NURSE("nurse", "Nurse"),
    ADMIN("admin", "Administrative staff"),
    PCN_OR_FEDERATION_STAFF("pcn-staff", "PCN or federation staff"),
    OTHER("other", "Other");

    private final String token;
    private final String label;

    Role(String token, String label) {
        this.token = token;
        this.label = label;
    }

    public String token() {
        return token;
    }

    public String label() {
        return label;
    }

    /** Partners own the practice: only they score a section marked "partners only". */
    public boolean isPartner() {
        return this == GP_PARTNER || this == NON_GP_PARTNER;
    }

    public static Role fromToken(String text) {
        return Tokens.parse(values(), Role::token, text, "role");
    }

    @Override
    public String toString() {
        return label;
    }
}
