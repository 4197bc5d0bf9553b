package io.github.smtplint.catalog.export;

import io.github.smtplint.catalog.Catalog;
import io.github.smtplint.catalog.Deprecation;
import io.github.smtplint.catalog.EnhancedStatusEntry;
import io.github.smtplint.catalog.ReplyClasses;
import io.github.smtplint.catalog.ReplyCode;
import io.github.smtplint.catalog.ReplyKind;
import io.github.smtplint.catalog.SmtpCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Flattens the catalog into rows: every reply code in numeric order, then every enhanced code in the registry's order. */
public final class CatalogRows {
    private CatalogRows() {
    }

    public static List<CatalogRow> of(Catalog catalog) {
        List<CatalogRow> rows = new ArrayList<>();
        for (ReplyCode reply : catalog.replyCodes()) {
            rows.add(replyRow(catalog, reply));
        }
        for (EnhancedStatusEntry entry : catalog.enhancedEntries()) {
            rows.add(enhancedRow(catalog, entry));
        }
        return List.copyOf(rows);
    }

    private static CatalogRow replyRow(Catalog catalog, ReplyCode reply) {
        List<String> related = new ArrayList<>();
        if (reply.toAnyCommand()) {
            related.add("ANY:" + ReplyKind.ERROR.label());
        }
        for (SmtpCommand command : SmtpCommand.values()) {
            for (ReplyKind kind : ReplyKind.values()) {
                if (reply.repliesTo().getOrDefault(command, Set.of()).contains(kind)) {
                    related.add(command.name() + ":" + kind.label());
                }
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("source: " + reply.source().name().toLowerCase(Locale.ROOT));
        notes.addAll(deprecationNotes(catalog, String.valueOf(reply.code())));
        return new CatalogRow("reply", String.valueOf(reply.code()), ReplyClasses.rfcName(reply.replyClass()),
                reply.category().rfcName(), reply.meaning(), reply.references(), related, notes);
    }

    private static CatalogRow enhancedRow(Catalog catalog, EnhancedStatusEntry entry) {
        String subject = catalog.enhancedSubject(entry.subject()).orElseThrow().title();
        List<String> notes = new ArrayList<>();
        notes.add(entry.description());
        notes.addAll(deprecationNotes(catalog, entry.registryKey()));
        String basicCodes = entry.associatedBasicCodes().asListed();
        return new CatalogRow("enhanced", entry.registryKey(), "2 4 5", subject, entry.text(), entry.references(),
                basicCodes.isEmpty() ? List.of() : List.of(basicCodes), notes);
    }

    private static List<String> deprecationNotes(Catalog catalog, String code) {
        List<String> notes = new ArrayList<>();
        for (Deprecation deprecation : catalog.deprecationsOf(code)) {
            String when = deprecation.when().kind() == Deprecation.Condition.Kind.ALWAYS
                    ? "always" : deprecation.when().kind().name().toLowerCase(Locale.ROOT) + ":" + deprecation.when().argument();
            notes.add("deprecated (" + when + "): use " + deprecation.useInstead() + " instead, "
                    + String.join(", ", deprecation.references()));
        }
        return notes;
    }
}
