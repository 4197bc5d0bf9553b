package io.github.smtplint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** The codes from 200 to 599 a test holds for, against the test applied to each code in turn. */
class TestedSideCodesTest {
    private static final List<Integer> VALUES = List.of(Integer.MIN_VALUE, -1, 0, 99, 100, 199, 200, 201, 250, 299,
            300, 354, 400, 421, 499, 500, 550, 598, 599, 600, 999, Integer.MAX_VALUE);

    @Test
    void everyOperatorHoldsForTheCodesItsTestHoldsFor() {
        for (int value : VALUES) {
            for (String equality : List.of("==", "equals", "equalsIgnoreCase", "startsWith", "case")) {
                assertCodes(equality, value, code -> code == value);
            }
            assertCodes("!=", value, code -> code != value);
            assertCodes("<", value, code -> code < value);
            assertCodes("<=", value, code -> code <= value);
            assertCodes(">", value, code -> code > value);
            assertCodes(">=", value, code -> code >= value);
            assertCodes("class", value, code -> code / 100 == value / 100);
        }
    }

    @Test
    void aTestThatHoldsForNoCodeIsNoTestExceptEquality() {
        assertThat(TestedSide.codes("<", 200)).isNull();
        assertThat(TestedSide.codes("class", 700)).isNull();
        assertThat(TestedSide.codes("contains", 250)).isNull();
        assertThat(TestedSide.codes("==", 700)).isEqualTo(new BitSet());
    }

    private static void assertCodes(String operator, int value, IntPredicate holds) {
        BitSet expected = new BitSet();
        for (int code = 200; code <= 599; code++) {
            expected.set(code, holds.test(code));
        }
        BitSet actual = TestedSide.codes(operator, value);
        if (expected.isEmpty() && !operator.equals("==")) {
            assertThat(actual).as("code %s %d", operator, value).isNull();
        } else {
            assertThat(actual).as("code %s %d", operator, value).isEqualTo(expected);
        }
    }
}
