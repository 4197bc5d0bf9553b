package io.github.smtplint.rules;

import io.github.smtplint.facts.Branch;
import io.github.smtplint.facts.Guard;
import io.github.smtplint.facts.Narrowing;
import io.github.smtplint.sites.CodeShape;
import io.github.smtplint.sites.Site;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One side of a test of a reply code, with the codes it runs for: for {@code if (reply == 221) A else B},
 * A runs for 221; for {@code if (code >= 400) A else B}, A runs for 4yz and 5yz and B for 2yz and 3yz.
 * What earlier tests decided narrows the codes: in {@code if (code >= 500) ... else if (code >= 400) A},
 * A runs for 4yz only. Sides that run for more than two classes ({@code reply != 250}), or the "else" of a
 * test that runs for more than one, say too little to judge.
 *
 * @param test the test as written
 * @param code the single code the side runs for, if it is one
 * @param classes the reply classes (first digits) the side runs for
 * @param branch the code that runs
 */
record TestedSide(String test, Optional<Integer> code, Set<Integer> classes, Branch branch) {
    private static final int LOWEST = 200;
    private static final int HIGHEST = 599;
    private static final int MAX_CLASSES = 2;

    static List<TestedSide> of(Site site) {
        Optional<Guard> guard = site.use().guard();
        Optional<String> operator = site.use().operator();
        if (guard.isEmpty() || operator.isEmpty() || !(site.shape() instanceof CodeShape.BasicCode basic)) {
            return List.of();
        }
        String operand = site.use().comparedWith().orElse("");
        BitSet holds = codes(operator.get(), basic.code());
        if (holds == null) {
            return List.of();
        }
        BitSet fails = all();
        fails.andNot(holds);
        BitSet known = known(guard.get(), operand);
        holds.and(known);
        fails.and(known);
        List<TestedSide> sides = new ArrayList<>();
        add(sides, guard.get(), holds, guard.get().whenHolds(), MAX_CLASSES);
        // What is left when a test fails is a catch-all ("any other reply"): it says something only when it is
        // narrowed to one class.
        add(sides, guard.get(), fails, guard.get().whenFails(), 1);
        return sides;
    }

    /** The codes 200 to 599 for which "code OPERATOR value" holds; null for operators that are not tests. */
    static BitSet codes(String operator, int value) {
        BitSet codes = new BitSet();
        switch (operator) {
            case "==", "equals", "equalsIgnoreCase", "startsWith", "case" -> setWithin(codes, value, value + 1L);
            case "!=" -> {
                setWithin(codes, LOWEST, HIGHEST + 1);
                codes.clear(Math.max(value, 0));
            }
            case "<" -> setWithin(codes, LOWEST, value);
            case "<=" -> setWithin(codes, LOWEST, value + 1L);
            case ">" -> setWithin(codes, value + 1L, HIGHEST + 1);
            case ">=" -> setWithin(codes, value, HIGHEST + 1);
            case "class" -> setWithin(codes, value / 100 * 100, value / 100 * 100 + 100L);
            default -> {
                // Not a test: no code.
            }
        }
        return codes.isEmpty() && !operator.equals("==") ? null : codes;
    }

    /** Sets the codes from {@code from} to {@code to} (exclusive) that lie from 200 to 599. */
    private static void setWithin(BitSet codes, long from, long to) {
        long low = Math.max(from, LOWEST);
        long high = Math.min(to, HIGHEST + 1);
        if (low < high) {
            codes.set((int) low, (int) high);
        }
    }

    /** The codes the enclosing {@code if}s leave possible for the operand. */
    private static BitSet known(Guard guard, String operand) {
        BitSet possible = all();
        for (Narrowing narrowing : guard.narrowings()) {
            if (!narrowing.operand().equals(operand)) {
                continue;
            }
            BitSet decided = codes(narrowing.operator(), narrowing.value());
            if (decided == null) {
                continue;
            }
            if (narrowing.holds()) {
                possible.and(decided);
            } else {
                possible.andNot(decided);
            }
        }
        return possible;
    }

    private static BitSet all() {
        BitSet codes = new BitSet();
        codes.set(LOWEST, HIGHEST + 1);
        return codes;
    }

    private static void add(List<TestedSide> sides, Guard guard, BitSet codes, Optional<Branch> branch,
                            int maxClasses) {
        Set<Integer> classes = new TreeSet<>();
        for (int replyClass = LOWEST / 100; replyClass <= HIGHEST / 100; replyClass++) {
            int first = codes.nextSetBit(replyClass * 100);
            if (first >= 0 && first < replyClass * 100 + 100) {
                classes.add(replyClass);
            }
        }
        if (branch.isEmpty() || !branch.get().definite() || classes.isEmpty() || classes.size() > maxClasses) {
            return;
        }
        Optional<Integer> single = codes.cardinality() == 1 ? Optional.of(codes.nextSetBit(0)) : Optional.empty();
        sides.add(new TestedSide(guard.test(), single, classes, branch.get()));
    }
}
