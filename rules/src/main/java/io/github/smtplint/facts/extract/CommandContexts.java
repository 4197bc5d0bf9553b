package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import io.github.smtplint.catalog.SmtpCommand;
import io.github.smtplint.facts.CommandContext;
import io.github.smtplint.facts.CommandContext.Side;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds which SMTP command a piece of code handles. A client's: the call whose reply is tested
 * ({@code client.quit()}, {@code sendCommand("DATA")}, a variable holding such a reply). A server's:
 * the handler around the reply it sends ({@code QuitCommand}, {@code handleRcpt}, a branch on
 * {@code "QUIT"}, a {@code case "RCPT"}).
 */
final class CommandContexts {
    private static final Map<String, SmtpCommand> VERBS = Map.ofEntries(
            Map.entry("quit", SmtpCommand.QUIT), Map.entry("rcpt", SmtpCommand.RCPT),
            Map.entry("mail", SmtpCommand.MAIL), Map.entry("data", SmtpCommand.DATA),
            Map.entry("helo", SmtpCommand.HELO), Map.entry("ehlo", SmtpCommand.EHLO),
            Map.entry("rset", SmtpCommand.RSET), Map.entry("vrfy", SmtpCommand.VRFY),
            Map.entry("expn", SmtpCommand.EXPN), Map.entry("noop", SmtpCommand.NOOP),
            Map.entry("help", SmtpCommand.HELP), Map.entry("auth", SmtpCommand.AUTH),
            Map.entry("starttls", SmtpCommand.STARTTLS), Map.entry("bdat", SmtpCommand.BDAT),
            Map.entry("etrn", SmtpCommand.ETRN));
    private static final Set<String> COMMAND_SENDERS = Set.of("sendCommand", "simpleCommand", "issueCommand");
    private static final Set<String> HANDLER_PREFIXES = Set.of("handle", "on", "process", "do");
    private static final Set<String> HANDLER_TYPES = Set.of("command", "handler", "processor", "cmd");
    private static final Set<String> GREETERS = Set.of("greet", "greeting", "banner", "welcome", "connected");

    private CommandContexts() {
    }

    /** The command whose reply an expression is: a command call, or a variable that holds its reply. */
    static Optional<CommandContext> ofReply(Expression reply, Declarations declarations) {
        if (reply instanceof MethodCallExpr call) {
            return ofCall(call);
        }
        if (reply instanceof NameExpr name) {
            return lastAssigned(name, declarations).flatMap(value -> value instanceof MethodCallExpr call
                    ? ofCall(call) : Optional.empty());
        }
        return Optional.empty();
    }

    /** The command a call sends: {@code quit()}, {@code rcpt(to)}, {@code sendCommand("DATA")}. */
    static Optional<CommandContext> ofCall(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (COMMAND_SENDERS.contains(name)) {
            return call.getArguments().stream().findFirst()
                    .flatMap(UseAnalyzer::leadingText)
                    .flatMap(CommandContexts::verbOf)
                    .map(command -> new CommandContext(command, Side.CLIENT, call.toString()));
        }
        SmtpCommand command = VERBS.get(name.toLowerCase(Locale.ROOT));
        return command == null || !name.equals(name.toLowerCase(Locale.ROOT))
                ? Optional.empty()
                : Optional.of(new CommandContext(command, Side.CLIENT, call.toString()));
    }

    /** The command whose handler a reply is sent from, looking outwards from the reply. */
    static Optional<CommandContext> around(Node reply) {
        for (Node node = reply; node != null; node = node.getParentNode().orElse(null)) {
            Optional<CommandContext> found = handlerOf(node, reply);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<CommandContext> handlerOf(Node node, Node reply) {
        if (node instanceof IfStmt branch && branch.getThenStmt().isAncestorOf(reply)) {
            return branch.getCondition().findAll(StringLiteralExpr.class).stream()
                    .map(text -> verbOf(text.asString()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(command -> server(command, "a branch on \"" + command.label() + "\""));
        }
        if (node instanceof SwitchEntry entry && entry.getStatements().stream().anyMatch(s -> s.isAncestorOf(reply))) {
            return entry.getLabels().stream()
                    .filter(StringLiteralExpr.class::isInstance)
                    .map(label -> verbOf(((StringLiteralExpr) label).asString()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(command -> server(command, "case \"" + command.label() + "\""));
        }
        if (node instanceof MethodDeclaration method) {
            return handlerName(method.getNameAsString(), HANDLER_PREFIXES, true);
        }
        if (node instanceof TypeDeclaration<?> type) {
            return handlerName(type.getNameAsString(), HANDLER_TYPES, false);
        }
        return Optional.empty();
    }

    /**
     * {@code handleQuit}, {@code onRcpt} (a handler word first) or {@code QuitCommand}, {@code RcptHandler}
     * (a handler word after the verb); {@code greet}, {@code sendBanner} answer the connection opening.
     */
    private static Optional<CommandContext> handlerName(String name, Set<String> handlerWords, boolean prefix) {
        List<String> words = Words.of(name);
        if (prefix && words.stream().anyMatch(GREETERS::contains)) {
            return Optional.of(server(SmtpCommand.CONNECTION, name));
        }
        if (words.size() < 2) {
            return Optional.empty();
        }
        boolean handler = prefix ? handlerWords.contains(words.get(0)) : handlerWords.contains(words.get(words.size() - 1));
        if (!handler) {
            return Optional.empty();
        }
        List<String> rest = prefix ? words.subList(1, words.size()) : words.subList(0, words.size() - 1);
        return rest.size() == 1 && VERBS.containsKey(rest.get(0))
                ? Optional.of(server(VERBS.get(rest.get(0)), name))
                : Optional.empty();
    }

    private static CommandContext server(SmtpCommand command, String reason) {
        return new CommandContext(command, Side.SERVER, reason);
    }

    /** The command a text sends or names: its first word, in capitals ("RCPT TO:&lt;a@b&gt;", "QUIT"). */
    private static Optional<SmtpCommand> verbOf(String text) {
        String word = text.strip().split("[\\s:]", 2)[0];
        if (word.isEmpty() || !word.equals(word.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.ofNullable(VERBS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The value last given to a variable before it is read: its initializer or the closest assignment above. */
    private static Optional<Expression> lastAssigned(NameExpr name, Declarations declarations) {
        int line = name.getBegin().map(p -> p.line).orElse(Integer.MAX_VALUE);
        Optional<Expression> assigned = declarations.assignmentsAround(name).stream()
                .filter(a -> a.getTarget() instanceof NameExpr target && target.getNameAsString().equals(name.getNameAsString()))
                .filter(a -> a.getBegin().map(p -> p.line <= line).orElse(false))
                .max(Comparator.comparingInt(a -> a.getBegin().get().line))
                .map(AssignExpr::getValue);
        return assigned.or(() -> declarations.find(name.getNameAsString(), name)
                .flatMap(Declarations.Variable::initializer));
    }
}
