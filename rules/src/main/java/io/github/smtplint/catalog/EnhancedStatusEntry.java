package io.github.smtplint.catalog;

import java.util.List;

/**
 * One enumerated code of the IANA SMTP Enhanced Status Codes registry, valid in every class.
 *
 * @param subject the subject sub-code
 * @param detail the detail sub-code
 * @param text the registered sample text (empty for X.6.10, which the registry deprecates)
 * @param associatedBasicCodes the basic codes the registry associates with it
 * @param references the registry's references
 * @param description the registry's description
 */
public record EnhancedStatusEntry(
        int subject,
        int detail,
        String text,
        AssociatedBasicCodes associatedBasicCodes,
        List<String> references,
        String description) {

    public EnhancedStatusEntry {
        references = List.copyOf(references);
    }

    /** The registry's key, e.g. "X.1.1". */
    public String registryKey() {
        return "X." + subject + "." + detail;
    }
}
