package io.github.smtplint.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The replies a command may receive, by role, as RFC 5321 §4.3.2 and the extension RFCs list them.
 * The replies every command may receive (500, 501, 421) are not repeated here; see
 * {@link Catalog#anyCommandReplies()}.
 */
public record CommandReplies(SmtpCommand command, Map<ReplyKind, Set<Integer>> replies, List<String> references) {

    public CommandReplies {
        replies = Map.copyOf(replies);
        references = List.copyOf(references);
    }

    public Set<Integer> codes(ReplyKind kind) {
        return replies.getOrDefault(kind, Set.of());
    }

    /** The role the code plays for this command, empty if the RFCs do not list it. */
    public Optional<ReplyKind> kindOf(int code) {
        for (ReplyKind kind : ReplyKind.values()) {
            if (codes(kind).contains(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
