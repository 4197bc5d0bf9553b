package io.github.smtplint.facts;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the engine keeps of one source file after parsing it: the syntax tree itself is
 * dropped, so that memory does not grow with the code base.
 */
public record FileFacts(
        Path file,
        List<CandidateSite> sites,
        List<ConstantDeclaration> constants,
        List<ParameterContract> parameterContracts,
        List<OutcomeMethod> outcomeMethods,
        Suppressions suppressions) {

    public FileFacts {
        sites = List.copyOf(sites);
        constants = List.copyOf(constants);
        parameterContracts = List.copyOf(parameterContracts);
        outcomeMethods = List.copyOf(outcomeMethods);
    }
}
