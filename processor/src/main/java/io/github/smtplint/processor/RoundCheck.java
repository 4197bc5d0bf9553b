package io.github.smtplint.processor;

import javax.annotation.processing.RoundEnvironment;

/** What the processor does in each round of annotation processing. */
interface RoundCheck {
    /** Does nothing: smtp-lint is skipped or its options are wrong. */
    RoundCheck NONE = round -> { };

    void check(RoundEnvironment round);
}
