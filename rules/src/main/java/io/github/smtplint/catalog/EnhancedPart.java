package io.github.smtplint.catalog;

import java.util.List;

/**
 * A class sub-code (2, 4, 5) or subject sub-code (0 to 7) of the IANA enhanced-status registry.
 *
 * @param number the sub-code
 * @param title the registry's title, e.g. "Addressing Status"
 * @param references the registry's references
 * @param description the registry's description
 */
public record EnhancedPart(int number, String title, List<String> references, String description) {
    public EnhancedPart {
        references = List.copyOf(references);
    }
}
