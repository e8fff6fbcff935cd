package com.agentusage.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.domain.InvalidParameterException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "al\u0000ice | name must not contain control characters",
            "al\tice     | name must not contain control characters",
            "'al\ud800'  | name must be well-formed Unicode: it holds a lone surrogate"})
    void givenANameThatIsNoPrintableUnicodeText_whenAUserOrAgentIsNamed_thenNameIsRefused(String name, String error) {
        assertThatThrownBy(() -> User.checkedName(name)).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.parameter()).isEqualTo("name");
            assertThat(e.getMessage()).isEqualTo(error);
        });
        assertThatThrownBy(() -> new Agent(AgentId.of(1), name)).isInstanceOf(InvalidParameterException.class)
                .hasMessage(error);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud83d\ude00 team", "Zo\u0065\u0308", "\u05e6\u05d5\u05d5\u05ea"})
    void givenUnusualButWellFormedNames_whenAUserIsNamed_thenTheNameIsKept(String name) {
        assertThat(User.checkedName(" " + name + " ")).isEqualTo(name);
    }
}
