package com.agentusage.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.domain.InvalidParameterException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContractDateTest {

    @Test
    void givenADayMonthYearDate_whenParsing_thenItIsThatDate() {
        assertThat(ContractDate.parse("from_date", "29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void givenADate_whenFormatting_thenItIsWrittenAsTheContractWritesIt() {
        assertThat(ContractDate.format(LocalDate.of(2020, 4, 1))).isEqualTo("01/04/2020");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"31/02/2024", "29/02/2023", "1/31/2019", "2020-04-10", "10/4/2020", " ", "00/01/2020",
            "32/01/2020", "10/13/2020", "10/04/20", "10/04/2020x", "+10/04/2020"})
    void givenAMalformedOrImpossibleDate_whenParsing_thenItIsRejectedNamingTheParameter(String text) {
        assertThatThrownBy(() -> ContractDate.parse("to_date", text))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("to_date")
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("to_date");
    }
}
