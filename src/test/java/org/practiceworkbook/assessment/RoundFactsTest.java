package org.practiceworkbook.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RoundFactsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            list size below zero          | -1 |      |    | 11 | list size must be between 0 and 2000000, not -1
            decile eleven                 |    |      |    | 11 | deprivation decile must be between 1 and 10, not 11
            WTE with three decimals       |    | 2.125|    |    | management staff WTE takes at most two decimal places, not 2.125
            negative partners             |    |      | -3 |    | GP partners must be between 0 and 1000, not -3
            """)
    void impossible_facts_are_refused_naming_the_field(String what, Integer list, BigDecimal wte, Integer partners,
                                                       Integer decile, String message) {
        assertThatThrownBy(() -> new RoundFacts(list, wte, partners, null, decile))
                .isInstanceOf(InvalidInputException.class).hasMessage(message);
    }

    @Test
    void typed_counts_accept_thousands_separators_and_blank_means_unknown() {
        assertThat(RoundFacts.parseCount("9,800", "list size")).isEqualTo(9800);
        assertThat(RoundFacts.parseCount("  ", "list size")).isNull();
        assertThatThrownBy(() -> RoundFacts.parseCount("lots", "list size"))
                .hasMessage("list size must be a whole number, not \"lots\"");
        assertThat(RoundFacts.parseWte("2.50")).isEqualByComparingTo("2.5");
    }

    @Test
    void practice_names_match_ignoring_case_and_spacing_and_ods_codes_are_upper_cased() {
        assertThat(Practice.nameKey("  Riverside   SURGERY ")).isEqualTo(Practice.nameKey("riverside surgery"));
        var practice = new Practice(1, " Riverside  Surgery ", " a81001 ", OrganisationalModel.PARTNERSHIP, " ", "Vale Federation");
        assertThat(practice.name()).isEqualTo("Riverside Surgery");
        assertThat(practice.odsCode()).isEqualTo("A81001");
        assertThat(practice.pcn()).isNull();
        assertThat(practice.applicabilityTokens()).containsExactly("partnership", "federation-member");
        assertThatThrownBy(() -> Practice.normaliseOdsCode("A8-1001"))
                .hasMessage("the ODS code \"A8-1001\" should be 3 to 10 letters and digits, for example A81001");
    }
}
