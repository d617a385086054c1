package org.practiceworkbook.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Facts about a practice that change over time, recorded with each round. Each is null when not known.
 *
 * @param listSize           registered patients
 * @param managementWte      management staff, whole-time equivalent (37.5 hours a week = 1.0)
 * @param gpPartners         GP partners, headcount
 * @param salariedGps        salaried GPs, headcount
 * @param deprivationDecile  1 (most deprived tenth of areas) to 10 (least deprived)
 */
public record RoundFacts(Integer listSize, BigDecimal managementWte, Integer gpPartners, Integer salariedGps,
                         Integer deprivationDecile) {

    public static final RoundFacts NONE = new RoundFacts(null, null, null, null, null);

    public RoundFacts {
        within(listSize, "list size", 0, 2_000_000);
        within(gpPartners, "GP partners", 0, 1_000);
        within(salariedGps, "salaried GPs", 0, 1_000);
        within(deprivationDecile, "deprivation decile", 1, 10);
        if (managementWte != null) {
            if (managementWte.signum() < 0 || managementWte.compareTo(BigDecimal.valueOf(1000)) >= 0) {
                throw new InvalidInputException("management staff WTE",
                        "management staff WTE must be between 0 and 999.99, not " + managementWte.toPlainString());
            }
            if (managementWte.scale() > 2 && managementWte.stripTrailingZeros().scale() > 2) {
                throw new InvalidInputException("management staff WTE",
                        "management staff WTE takes at most two decimal places, not " + managementWte.toPlainString());
            }
            managementWte = managementWte.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    private static void within(Integer value, String field, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidInputException(field, field + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    /** Parses what a person typed into a whole-number field; blank means not known. */
    public static Integer parseCount(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.strip().replace(",", "");
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a whole number, not \"" + text.strip() + "\"");
        }
    }

    /** Parses a whole-time equivalent such as "2.5"; blank means not known. */
    public static BigDecimal parseWte(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("management staff WTE",
                    "management staff WTE must be a number such as 2.5, not \"" + text.strip() + "\"");
        }
    }

    /**
     * Management staff per 1,000 registered patients, so practices of different sizes compare; empty unless both
     * facts are known and the list is not empty.
     */
    public java.util.OptionalDouble managementWtePerThousandPatients() {
        if (managementWte == null || listSize == null || listSize == 0) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(managementWte.doubleValue() * 1000 / listSize);
    }

    public RoundFacts withListSize(Integer value) {
        return new RoundFacts(value, managementWte, gpPartners, salariedGps, deprivationDecile);
    }
}
