package io.github.smtplint.catalog;

import io.github.smtplint.catalog.AssociatedBasicCodes.Association;

/**
 * How a basic reply code and the enhanced code sent with it fit together.
 *
 * @param basicCode the basic reply code, e.g. 550
 * @param enhanced the enhanced code, e.g. 4.1.1
 * @param classesAgree whether the enhanced class equals the basic code's first digit (RFC 2034 §4)
 * @param association how the IANA registry relates the two (its lists are informative and incomplete)
 */
public record PairCheck(int basicCode, EnhancedCode enhanced, boolean classesAgree, Association association) {
}
