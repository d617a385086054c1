package org.practiceworkbook.assessment;

/** The main organisational model a practice works in. {@code token} is the name packs and files use. */
public enum OrganisationalModel {
    SINGLE_HANDED("single-handed", "Single-handed practice"),
    PARTNERSHIP("partnership", "Partnership"),
    SUPER_PARTNERSHIP("super-partnership", "Super-partnership"),
    AT_SCALE_PROVIDER("at-scale-provider", "At-scale provider or chain"),
    TRUST_RUN("trust-run", "Run by an NHS trust"),
    APMS_PROVIDER("apms-provider", "APMS provider (alternative provider contract)");

    private final String token;
    private final String label;

    OrganisationalModel(String token, String label) {
        this.token = token;
        this.label = label;
    }

    public String token() {
        return token;
    }

    public String label() {
        return label;
    }

    /** Accepts the token ({@code super-partnership}) or the constant name, in any case. */
    public static OrganisationalModel fromToken(String text) {
        return Tokens.parse(values(), OrganisationalModel::token, text, "organisational model");
    }

    public static String tokens() {
        return Tokens.list(values(), OrganisationalModel::token);
    }

    @Override
    public String toString() {
        return label;
    }
}
