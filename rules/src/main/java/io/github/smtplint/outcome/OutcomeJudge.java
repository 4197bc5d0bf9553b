package io.github.smtplint.outcome;

import io.github.smtplint.annotations.Outcome;
import io.github.smtplint.facts.Branch;
import io.github.smtplint.facts.Effect;
import io.github.smtplint.facts.OutcomeMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what a branch of code does from its effects: methods annotated {@code @SmtpOutcome} above
 * all; then names — retry and defer, bounce and reject, delivered and accepted — of the methods it
 * calls, the values it returns or assigns and the exceptions it throws; then {@code throw}, error
 * logging and {@code return false} for a failure of unknown kind. Effects that disagree, or none
 * that tell, leave the outcome unknown, and no rule speaks on it.
 */
public final class OutcomeJudge {
    private static final Set<String> TRANSIENT_WORDS = Set.of(
            "retry", "retries", "requeue", "requeues", "defer", "defers", "deferred", "later", "postpone",
            "reschedule", "backoff", "temp", "tempfail", "transient", "temporary", "greylist", "greylisted");
    private static final Set<String> PERMANENT_WORDS = Set.of(
            "bounce", "bounces", "bounced", "reject", "rejects", "rejected", "drop", "drops", "dropped", "discard",
            "fail", "failed", "permanent", "permfail", "undeliverable", "dead", "giveup", "abandon", "abandoned",
            "fatal");
    private static final Set<String> SUCCESS_WORDS = Set.of(
            "delivered", "success", "successful", "succeeded", "accepted", "sent", "ok", "done", "completed");
    /** What an exception's name says about failing at all, which says nothing about the kind of failure. */
    private static final Pattern FAILURE_WORD = Pattern.compile("Fail(ed|ure)?");
    private static final Set<String> FAILURE_LOG_LEVELS = Set.of("error", "severe", "fatal", "warn", "warning");

    private final Map<String, Outcome> declared;

    /** A judge that knows the {@code @SmtpOutcome} methods of the scanned sources. */
    public OutcomeJudge(List<OutcomeMethod> outcomeMethods) {
        Map<String, Outcome> byName = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (OutcomeMethod method : outcomeMethods) {
            String key = method.name() + "/" + method.arity();
            Outcome previous = byName.putIfAbsent(key, method.outcome());
            if (previous != null && previous != method.outcome()) {
                ambiguous.put(key, true);
            }
        }
        ambiguous.keySet().forEach(byName::remove);
        this.declared = Map.copyOf(byName);
    }

    /** What the branch does, if its effects say so clearly. */
    public Optional<Judgement> judge(Branch branch) {
        List<Judgement> specific = new ArrayList<>();
        Optional<Judgement> failure = Optional.empty();
        for (Effect effect : branch.effects()) {
            Optional<Judgement> judgement = judge(effect);
            if (judgement.isEmpty()) {
                continue;
            }
            if (judgement.get().outcome() == Outcome.FAILURE) {
                failure = failure.or(() -> judgement);
            } else {
                specific.add(judgement.get());
            }
        }
        if (specific.stream().map(Judgement::outcome).distinct().count() == 1) {
            return Optional.of(specific.get(0));
        }
        return specific.isEmpty() ? failure : Optional.empty();
    }

    private Optional<Judgement> judge(Effect effect) {
        if (effect instanceof Effect.Call call) {
            Outcome annotated = declared.get(call.method() + "/" + call.arity());
            if (annotated != null) {
                return Optional.of(new Judgement(annotated, "calls " + call.method() + "(), declared @SmtpOutcome("
                        + annotated + ")"));
            }
            return byWords(call.method() + " " + call.target(), "calls " + describeCall(call));
        }
        if (effect instanceof Effect.Throw thrown) {
            // A DeliveryFailedException says failure, not which kind: only the transient and bounce words count.
            Optional<Judgement> named = byWords(FAILURE_WORD.matcher(thrown.exceptionType()).replaceAll(""),
                    "throws " + thrown.exceptionType());
            return named.isPresent() ? named
                    : Optional.of(new Judgement(Outcome.FAILURE, "throws " + thrown.exceptionType()));
        }
        if (effect instanceof Effect.Log log && FAILURE_LOG_LEVELS.contains(log.level())) {
            return Optional.of(new Judgement(Outcome.FAILURE, "logs at level " + log.level()));
        }
        if (effect instanceof Effect.Return returned) {
            if (isText(returned.value())) {
                return Optional.empty();
            }
            return switch (returned.value()) {
                case "true", "false" -> booleanResult(returned);
                default -> byWords(returned.value(), "returns " + returned.value());
            };
        }
        if (effect instanceof Effect.Assign assigned && !isText(assigned.value())) {
            return byWords(assigned.value(), "sets " + assigned.target() + " to " + assigned.value());
        }
        return Optional.empty();
    }

    /**
     * A boolean means what the method's name asks: in {@code sent()} or {@code isDelivered()}, true is
     * success and false failure; in {@code isPermanent()} or {@code shouldRetry()}, true is that kind of
     * failure and false says only that it is not.
     */
    private static Optional<Judgement> booleanResult(Effect.Return returned) {
        Optional<Judgement> named = byWords(returned.method(), "");
        if (named.isEmpty()) {
            return Optional.empty();
        }
        boolean isTrue = returned.value().equals("true");
        String because = "returns " + returned.value() + " from " + returned.method() + "()";
        if (named.get().outcome() == Outcome.SUCCESS) {
            return Optional.of(new Judgement(isTrue ? Outcome.SUCCESS : Outcome.FAILURE, because));
        }
        return isTrue ? Optional.of(new Judgement(named.get().outcome(), because)) : Optional.empty();
    }

    /** A string is a message for people ("address rejected"), not a status the code acts on. */
    private static boolean isText(String value) {
        return value.startsWith("\"");
    }

    private static String describeCall(Effect.Call call) {
        return (call.target().isEmpty() ? "" : call.target() + ".") + call.method() + "()";
    }

    /** The outcome the words of a name say, if they say exactly one. */
    private static Optional<Judgement> byWords(String name, String because) {
        List<String> words = Arrays.stream(name.split("(?<=[a-z])(?=[A-Z])|[^A-Za-z]+"))
                .map(w -> w.toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
        boolean transientWord = words.stream().anyMatch(TRANSIENT_WORDS::contains);
        boolean permanentWord = words.stream().anyMatch(PERMANENT_WORDS::contains);
        boolean successWord = words.stream().anyMatch(SUCCESS_WORDS::contains);
        if (words.contains("not") || words.contains("no") || words.contains("un")) {
            return Optional.empty();
        }
        int said = (transientWord ? 1 : 0) + (permanentWord ? 1 : 0) + (successWord ? 1 : 0);
        if (said != 1) {
            return Optional.empty();
        }
        Outcome outcome = transientWord ? Outcome.TRANSIENT_FAILURE
                : permanentWord ? Outcome.PERMANENT_FAILURE : Outcome.SUCCESS;
        return Optional.of(new Judgement(outcome, because));
    }
}
