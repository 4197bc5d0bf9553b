package io.github.smtplint.catalog.export;

import java.util.List;

/**
 * One entry of the catalog flattened for export: a basic reply code or an enhanced status code.
 *
 * @param kind "reply" or "enhanced"
 * @param code "221" or "X.1.1"
 * @param replyClass the class: RFC 5321's name for a reply code, "2 4 5" for an enhanced code
 * @param category the category of a reply code's second digit, or the subject of an enhanced code
 * @param text the meaning of a reply code, or the registered text of an enhanced code
 * @param references where it is defined
 * @param related the commands a reply code answers ("QUIT:success"), or an enhanced code's associated basic codes
 * @param notes how firmly the catalog knows a reply code, deprecations, an enhanced code's description
 */
public record CatalogRow(
        String kind,
        String code,
        String replyClass,
        String category,
        String text,
        List<String> references,
        List<String> related,
        List<String> notes) {

    public CatalogRow {
        references = List.copyOf(references);
        related = List.copyOf(related);
        notes = List.copyOf(notes);
    }
}
