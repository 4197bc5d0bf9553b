package io.github.smtplint.catalog;

import io.github.smtplint.annotations.ReplyClass;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A registered basic reply code.
 *
 * @param code the three-digit code
 * @param meaning the reply text the defining RFC gives
 * @param references where the code is defined, e.g. "RFC 5321 §4.2.3"
 * @param source how firmly the catalog knows the code
 * @param repliesTo the commands that may receive it, with the role it plays for each (RFC 5321 §4.3.2)
 * @param toAnyCommand whether every command may receive it (500, 501, 421)
 */
public record ReplyCode(
        int code,
        String meaning,
        List<String> references,
        ReplySource source,
        Map<SmtpCommand, Set<ReplyKind>> repliesTo,
        boolean toAnyCommand) {

    public ReplyCode {
        references = List.copyOf(references);
        repliesTo = Map.copyOf(repliesTo);
    }

    public ReplyClass replyClass() {
        return ReplyClasses.ofFirstDigit(code / 100).orElseThrow();
    }

    public ReplyCategory category() {
        return ReplyCategory.ofSecondDigit(code / 10 % 10).orElseThrow();
    }
}
