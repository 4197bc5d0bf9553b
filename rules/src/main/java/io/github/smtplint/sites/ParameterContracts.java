package io.github.smtplint.sites;

import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.facts.CandidateSite;
import io.github.smtplint.facts.Contract;
import io.github.smtplint.facts.Evidence;
import io.github.smtplint.facts.ParameterContract;
import io.github.smtplint.facts.Use;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The annotated parameters of all scanned files, matched to call arguments by method name, number
 * of arguments and position. Without types, overloads are told apart only by their arity: when
 * several annotated parameters could receive an argument and they declare different classes,
 * none is applied.
 */
final class ParameterContracts {
    private final Map<String, Set<Contract>> byKey = new HashMap<>();

    ParameterContracts(List<ParameterContract> contracts) {
        for (ParameterContract contract : contracts) {
            byKey.computeIfAbsent(key(contract.callable(), contract.arity(), contract.index()), k -> new HashSet<>())
                    .add(contract.contract());
        }
    }

    /** The candidate with the contract of the parameter it is passed to, if one applies. */
    CandidateSite apply(CandidateSite candidate) {
        Use use = candidate.use();
        if (use.contract().isPresent() || use.receiver().isEmpty() || use.argumentIndex() < 0) {
            return candidate;
        }
        Set<Contract> contracts = byKey.getOrDefault(key(use.receiver().get(), use.argumentCount(), use.argumentIndex()),
                Set.of());
        Set<Set<ReplyClass>> distinct = contracts.stream().map(Contract::classes)
                .collect(Collectors.toSet());
        if (contracts.isEmpty() || distinct.size() > 1) {
            return candidate;
        }
        Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        evidence.addAll(candidate.evidence());
        evidence.add(Evidence.ANNOTATION);
        return new CandidateSite(candidate.role(), candidate.position(), candidate.expression(), evidence,
                use.withContract(contracts.iterator().next()), candidate.scope(), candidate.constant());
    }

    private static String key(String callable, int arity, int index) {
        return callable + "/" + arity + "/" + index;
    }
}
