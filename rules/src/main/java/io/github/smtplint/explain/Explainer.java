package io.github.smtplint.explain;

import io.github.smtplint.catalog.Catalog;
import io.github.smtplint.catalog.Deprecation;
import io.github.smtplint.catalog.EnhancedCode;
import io.github.smtplint.catalog.EnhancedLookup;
import io.github.smtplint.catalog.EnhancedPart;
import io.github.smtplint.catalog.EnhancedStatusEntry;
import io.github.smtplint.catalog.PairCheck;
import io.github.smtplint.catalog.ReplyClasses;
import io.github.smtplint.catalog.ReplyCode;
import io.github.smtplint.catalog.ReplyKind;
import io.github.smtplint.catalog.ReplyLine;
import io.github.smtplint.catalog.ReplyLineParse;
import io.github.smtplint.catalog.ReplyLineParser;
import io.github.smtplint.catalog.ReplyLookup;
import io.github.smtplint.catalog.ReplySource;
import io.github.smtplint.catalog.SmtpCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers "what does this code mean?" for a basic reply code ({@code 221}), an enhanced status
 * code ({@code 4.4.7}) or a reply line ({@code 550 5.1.1 User unknown}), from the catalog.
 * Front doors print the answer; they add nothing to it.
 */
public final class Explainer {
    private static final Pattern DIGITS = Pattern.compile("-?\\d+");
    private static final Pattern DOTTED = Pattern.compile("[\\d.]*\\d\\.[\\d.]*");
    private static final Pattern REPLY_LINE_START = Pattern.compile("\\d{3}.*", Pattern.DOTALL);
    private static final String INDENT = "  ";

    private final Catalog catalog;

    public Explainer(Catalog catalog) {
        this.catalog = catalog;
    }

    public Explanation explain(String input) {
        String value = input.strip();
        Answer answer = new Answer();
        if (DIGITS.matcher(value).matches() && value.length() <= 9) {
            explainReply(Integer.parseInt(value), answer);
        } else if (DOTTED.matcher(value).matches()) {
            explainEnhanced(value, answer);
        } else if (REPLY_LINE_START.matcher(value).matches()) {
            explainReplyLine(value, answer);
        } else {
            answer.reject("'" + value + "' is not a reply code (221), an enhanced status code (4.4.7)"
                    + " or a reply line (550 5.1.1 User unknown)");
        }
        return new Explanation(input, answer.problems.isEmpty(), answer.lines, answer.problems);
    }

    private void explainReply(int code, Answer answer) {
        ReplyLookup lookup = catalog.reply(code);
        if (lookup instanceof ReplyLookup.Registered registered) {
            describeRegistered(registered.entry(), answer);
        } else if (lookup instanceof ReplyLookup.Unregistered unregistered) {
            answer.reject(code + ": not registered: no RFC in the catalog defines this reply code");
            answer.detail("shape", ReplyClasses.rfcName(unregistered.replyClass()) + " ("
                    + ReplyClasses.pattern(unregistered.replyClass()) + "), "
                    + unregistered.category().rfcName() + " (x" + unregistered.category().secondDigit() + "z)");
            answer.detail("advice", "servers should send only the codes the RFCs define (RFC 5321 §4.2);"
                    + " clients must read an unknown code by its first digit (RFC 5321 §4.2.1)");
        } else if (lookup instanceof ReplyLookup.Malformed malformed) {
            answer.reject(code + ": malformed: " + malformed.problem());
        }
    }

    private void describeRegistered(ReplyCode reply, Answer answer) {
        answer.headline(reply.code() + ": " + ReplyClasses.rfcName(reply.replyClass()) + " ("
                + ReplyClasses.pattern(reply.replyClass()) + "), " + reply.category().rfcName()
                + " (x" + reply.category().secondDigit() + "z)");
        answer.detail("meaning", reply.meaning());
        answer.detail("references", String.join(", ", reply.references()));
        for (String line : repliesTo(reply)) {
            answer.detail("reply to", line);
        }
        if (reply.source() == ReplySource.SECONDARY) {
            answer.detail("note", "the defining RFC is known from quotations; the IANA enhanced-status registry confirms the code");
        } else if (reply.source() == ReplySource.REGISTRY) {
            answer.detail("note", "only the IANA enhanced-status registry lists this code");
        } else if (reply.source() == ReplySource.VENDOR) {
            answer.detail("note", "a vendor code from the catalog extension, not defined by any RFC");
        }
        deprecations(String.valueOf(reply.code()), answer);
    }

    private List<String> repliesTo(ReplyCode reply) {
        List<String> lines = new ArrayList<>();
        for (ReplyKind kind : ReplyKind.values()) {
            List<String> commands = new ArrayList<>();
            for (SmtpCommand command : SmtpCommand.values()) {
                if (reply.repliesTo().getOrDefault(command, Set.of()).contains(kind)) {
                    commands.add(command.label());
                }
            }
            if (kind == ReplyKind.ERROR && reply.toAnyCommand()) {
                commands.add(0, "any command");
            }
            if (!commands.isEmpty()) {
                lines.add(String.join(", ", commands) + " (" + kind.label() + ")");
            }
        }
        return lines;
    }

    private void explainEnhanced(String text, Answer answer) {
        EnhancedLookup lookup = catalog.enhanced(text);
        if (lookup instanceof EnhancedLookup.Registered registered) {
            describeRegistered(registered.code(), registered.entry(), answer);
        } else if (lookup instanceof EnhancedLookup.Unregistered unregistered) {
            answer.reject(text + ": not registered: " + unregistered.problem());
            describeClassAndSubject(unregistered.code(), answer);
        } else if (lookup instanceof EnhancedLookup.Malformed malformed) {
            answer.reject(text + ": malformed: " + malformed.problem());
        }
    }

    private void describeRegistered(EnhancedCode code, EnhancedStatusEntry entry, Answer answer) {
        String text = entry.text().isEmpty() ? "(no registered text)" : entry.text();
        answer.headline(code + ": " + text);
        describeClassAndSubject(code, answer);
        answer.detail("description", entry.description());
        answer.detail("basic codes", entry.associatedBasicCodes().asListed().isEmpty()
                ? "(none listed)" : entry.associatedBasicCodes().asListed());
        answer.detail("references", String.join(", ", entry.references()));
        answer.detail("registry", "IANA SMTP Enhanced Status Codes, updated " + catalog.registryDate());
        deprecations(entry.registryKey(), answer);
    }

    private void describeClassAndSubject(EnhancedCode code, Answer answer) {
        EnhancedPart enhancedClass = catalog.enhancedClass(code.classDigit()).orElseThrow();
        answer.detail("class", code.classDigit() + " " + enhancedClass.title() + " ("
                + ReplyClasses.rfcName(code.replyClass().orElseThrow()) + ")");
        EnhancedPart subject = catalog.enhancedSubject(code.subject()).orElseThrow();
        answer.detail("subject", code.subject() + " " + subject.title());
    }

    private void explainReplyLine(String value, Answer answer) {
        ReplyLineParse parse = ReplyLineParser.parse(value);
        if (parse instanceof ReplyLineParse.Problem problem) {
            answer.reject("'" + value + "' is not a reply line: " + problem.message()
                    + " (at column " + (problem.column() + 1) + ")");
            return;
        }
        ReplyLine line = ((ReplyLineParse.Parsed) parse).line();
        explainReply(line.code(), answer);
        if (line.enhancedCode().isEmpty()) {
            return;
        }
        String enhancedText = line.enhancedCode().get();
        answer.blank();
        explainEnhanced(enhancedText, answer);
        EnhancedLookup enhanced = catalog.enhanced(enhancedText);
        if (catalog.reply(line.code()) instanceof ReplyLookup.Malformed || enhanced instanceof EnhancedLookup.Malformed) {
            return;
        }
        EnhancedCode code = enhanced instanceof EnhancedLookup.Registered r
                ? r.code() : ((EnhancedLookup.Unregistered) enhanced).code();
        answer.blank();
        describePair(catalog.checkPair(line.code(), code), answer);
    }

    private void describePair(PairCheck pair, Answer answer) {
        String basic = String.valueOf(pair.basicCode());
        if (pair.classesAgree()) {
            answer.headline(basic + " " + pair.enhanced() + ": the classes agree");
        } else {
            answer.reject(basic + " " + pair.enhanced() + ": the classes disagree: " + basic + " is "
                    + ReplyClasses.rfcName(ReplyClasses.ofFirstDigit(pair.basicCode() / 100).orElseThrow()) + " but "
                    + pair.enhanced() + " is class " + pair.enhanced().classDigit()
                    + "; RFC 2034 §4 requires the enhanced class to equal the reply's first digit");
        }
        EnhancedLookup lookup = catalog.enhanced(pair.enhanced().toString());
        String listed = lookup instanceof EnhancedLookup.Registered r ? r.entry().associatedBasicCodes().asListed() : "";
        String registry = switch (pair.association()) {
            case LISTED -> "registered pair: the registry lists " + pair.enhanced().registryKey() + " with " + listed;
            case ANY -> "registered pair: the registry allows " + pair.enhanced().registryKey() + " with any basic code";
            case CLASS_ALLOWED -> "registered pair: the registry allows " + pair.enhanced().registryKey()
                    + " with " + listed;
            case RFC_TEXT -> "the registry lists " + pair.enhanced().registryKey() + " with " + listed
                    + ", and the RFC text pairs it with " + pair.basicCode() + " too";
            case NOT_GIVEN -> "the registry lists no basic codes for " + pair.enhanced().registryKey();
            case NOT_LISTED -> "not a registered pair: the registry lists " + pair.enhanced().registryKey() + " with "
                    + listed + " (its lists are informative, not exhaustive)";
            case UNREGISTERED -> "not a registered pair: " + pair.enhanced().registryKey() + " is not registered";
        };
        answer.detail("registry", registry);
    }

    private void deprecations(String code, Answer answer) {
        for (Deprecation deprecation : catalog.deprecationsOf(code)) {
            String when = switch (deprecation.when().kind()) {
                case ALWAYS -> "";
                case COMMAND -> " in reply to " + deprecation.when().argument();
                case TEXT -> " for \"" + deprecation.when().argument() + "\"";
            };
            answer.detail("deprecated", code + when + ": use " + deprecation.useInstead() + " instead ("
                    + String.join(", ", deprecation.references()) + "): " + deprecation.why());
        }
    }

    /** The lines of an answer being built. */
    private static final class Answer {
        private final List<String> lines = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        void headline(String text) {
            lines.add(text);
        }

        void detail(String label, String text) {
            lines.add(INDENT + label + ": " + text);
        }

        void reject(String text) {
            problems.add(text);
            lines.add(text);
        }

        void blank() {
            lines.add("");
        }
    }
}
