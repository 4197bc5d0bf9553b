package io.github.smtplint.facts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntegerLiteralsTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "221, 221",
        "0, 0",
        "7, 7",
        "999999999, 999999999",
        "2147483647, 2147483647",
        "0551, 361",
        "0x227, 551",
        "0b11011101, 221",
        "1_000, 1000",
    })
    void readsEveryFormOfIntLiteral(String written, int value) {
        assertThat(IntegerLiterals.valueOf(new IntegerLiteralExpr(written))).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"2147483648", "99999999999"})
    void aLiteralBeyondIntIsRefused(String written) {
        assertThatThrownBy(() -> IntegerLiterals.valueOf(new IntegerLiteralExpr(written)))
                .isInstanceOf(NumberFormatException.class);
    }
}
