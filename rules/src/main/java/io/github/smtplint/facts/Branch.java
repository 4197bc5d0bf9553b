package io.github.smtplint.facts;

import java.util.List;

/**
 * The code that runs on one side of a test of a reply code.
 *
 * @param effects what it does, in order
 * @param definite false when other conditions also decide whether it runs ({@code code == 221 && closing})
 */
public record Branch(List<Effect> effects, boolean definite) {
    public Branch {
        effects = List.copyOf(effects);
    }
}
