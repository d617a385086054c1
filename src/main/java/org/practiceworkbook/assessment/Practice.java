package org.practiceworkbook.assessment;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A general practice: its name, optional ODS code, organisational model and memberships.
 * {@code odsCode}, {@code pcn} and {@code federation} are null when not given.
 */
public record Practice(long id, String name, String odsCode, OrganisationalModel model, String pcn, String federation) {

    /** ODS codes are letters and digits; GP practices in England have one letter and five digits (A81001). */
    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,10}");
    public static final int MAX_NAME_LENGTH = 120;

    public Practice {
        name = requireName(name);
        odsCode = normaliseOdsCode(odsCode);
        if (model == null) {
            throw new InvalidInputException("organisational model", "choose the practice's organisational model");
        }
        pcn = Text.blankToNull(pcn, "PCN", MAX_NAME_LENGTH);
        federation = Text.blankToNull(federation, "federation", MAX_NAME_LENGTH);
    }

    public static String requireName(String name) {
        String trimmed = Text.collapseSpaces(name);
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("practice name", "the practice name is empty");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("practice name",
                    "the practice name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    public static String normaliseOdsCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (!ODS_CODE.matcher(upper).matches()) {
            throw new InvalidInputException("ODS code", "the ODS code \"" + code.trim()
                    + "\" should be 3 to 10 letters and digits, for example A81001");
        }
        return upper;
    }

    /** The key two practice names match on: case and spacing ignored. */
    public static String nameKey(String name) {
        return Text.collapseSpaces(name).toLowerCase(Locale.ROOT);
    }

    public String nameKey() {
        return nameKey(name);
    }

    public boolean isPcnMember() {
        return pcn != null;
    }

    public boolean isFederationMember() {
        return federation != null;
    }

    /** The tokens a pack's "appliesTo" is matched against: the model, and pcn-member / federation-member. */
    public Set<String> applicabilityTokens() {
        var tokens = new LinkedHashSet<String>();
        tokens.add(model.token());
        if (isPcnMember()) {
            tokens.add("pcn-member");
        }
        if (isFederationMember()) {
            tokens.add("federation-member");
        }
        return tokens;
    }

    public Practice withName(String newName) {
        return new Practice(id, newName, odsCode, model, pcn, federation);
    }

    public Practice withDetails(String newOdsCode, OrganisationalModel newModel, String newPcn, String newFederation) {
        return new Practice(id, name, newOdsCode, newModel, newPcn, newFederation);
    }
}
