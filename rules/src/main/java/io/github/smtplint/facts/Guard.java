package io.github.smtplint.facts;

import java.util.List;
import java.util.Optional;

/**
 * What a test of a reply code decides: the code that runs when the test holds for the site's value
 * and the code that runs when it does not. For {@code if (reply != 250) throw ...} the test holds for
 * every code but 250, so {@code whenHolds} is the throw.
 *
 * @param test the test as written, e.g. "reply != 250"
 * @param whenHolds the branch taken when the test is true
 * @param whenFails the branch taken when the test is false
 * @param narrowings what enclosing {@code if}s already decided about values, so that an {@code else if} is read
 *     in the light of the tests before it
 */
public record Guard(String test, Optional<Branch> whenHolds, Optional<Branch> whenFails, List<Narrowing> narrowings) {
    public Guard {
        narrowings = List.copyOf(narrowings);
    }

    /** The same guard with its branches swapped, for a test written the other way round. */
    public Guard swapped() {
        return new Guard(test, whenFails, whenHolds, narrowings);
    }
}
