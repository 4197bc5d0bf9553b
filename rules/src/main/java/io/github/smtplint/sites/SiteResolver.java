package io.github.smtplint.sites;

import io.github.smtplint.catalog.ReplyLine;
import io.github.smtplint.catalog.ReplyLineParse;
import io.github.smtplint.facts.CandidateSite;
import io.github.smtplint.facts.ConstantDeclaration;
import io.github.smtplint.facts.Evidence;
import io.github.smtplint.facts.FileFacts;
import io.github.smtplint.facts.ParameterContract;
import io.github.smtplint.facts.Role;
import io.github.smtplint.resolve.ConstantIndex;
import io.github.smtplint.resolve.ExternalConstants;
import io.github.smtplint.resolve.Resolved;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the candidate sites of all files into {@link Site}s: resolves their values across files,
 * adds what the value's shape says, and keeps those the evidence says are SMTP. A constant is SMTP
 * when its own declaration says so or when its value reaches an SMTP site; the uses of an SMTP
 * constant are SMTP too.
 */
public final class SiteResolver {
    private final ConstantIndex index;
    private final ParameterContracts parameterContracts;

    /** A resolver for these files that looks up the constants they use but do not declare through {@code external}. */
    public SiteResolver(List<FileFacts> files, ExternalConstants external) {
        List<ConstantDeclaration> constants = new ArrayList<>();
        List<ParameterContract> contracts = new ArrayList<>();
        files.forEach(f -> {
            constants.addAll(f.constants());
            contracts.addAll(f.parameterContracts());
        });
        this.index = new ConstantIndex(constants, external);
        this.parameterContracts = new ParameterContracts(contracts);
    }

    /** A candidate with its value worked out. */
    private record Evaluated(CandidateSite candidate, Resolved resolved, CodeShape shape, Set<Evidence> evidence) {
    }

    /** The SMTP sites of every file, in the order the files were given. */
    public List<List<Site>> resolve(List<FileFacts> files) {
        List<List<Evaluated>> evaluated = files.stream().map(this::evaluate).toList();
        Set<String> smtpConstants = smtpConstantsOf(evaluated);
        List<List<Site>> result = new ArrayList<>();
        for (List<Evaluated> sites : evaluated) {
            List<Site> smtp = new ArrayList<>();
            for (Evaluated e : sites) {
                Set<Evidence> evidence = EnumSet.copyOf(e.evidence());
                boolean constantIsSmtp = e.candidate().constant().map(smtpConstants::contains).orElse(false)
                        || (e.candidate().role() == Role.CONSTANT_USE
                            && e.resolved().constants().stream().anyMatch(smtpConstants::contains));
                if (constantIsSmtp) {
                    evidence.add(Evidence.USED_AS_SMTP);
                }
                if (SmtpVerdict.isSmtp(evidence, e.shape())) {
                    smtp.add(site(e, evidence));
                }
            }
            result.add(smtp);
        }
        return result;
    }

    /**
     * The qualified names of the constants that are SMTP: declared so, or whose value reaches an SMTP site.
     * Their uses are SMTP wherever they are.
     */
    public Set<String> smtpConstants(List<FileFacts> files) {
        return smtpConstantsOf(files.stream().map(this::evaluate).toList());
    }

    /**
     * The constants, by simple name, whose values decide sites: those referred to by a value whose own
     * evidence makes it SMTP once its shape is known, or by the declaration of an SMTP constant (one of
     * {@code smtpConstants}, as {@link #smtpConstants} gives them).
     */
    public Set<String> decisiveReferences(List<FileFacts> files, Set<String> smtpConstants) {
        Set<String> names = new HashSet<>();
        for (FileFacts file : files) {
            for (CandidateSite given : file.sites()) {
                CandidateSite candidate = parameterContracts.apply(given);
                boolean declaresSmtpConstant = candidate.constant().filter(smtpConstants::contains).isPresent();
                if (declaresSmtpConstant || SmtpVerdict.couldBeSmtp(candidate.evidence())) {
                    names.addAll(candidate.expression().referencedNames());
                }
            }
        }
        return names;
    }

    private List<Evaluated> evaluate(FileFacts file) {
        List<Evaluated> sites = new ArrayList<>();
        file.sites().forEach(candidate -> evaluate(candidate).ifPresent(sites::add));
        return sites;
    }

    private static Set<String> smtpConstantsOf(List<List<Evaluated>> evaluated) {
        Set<String> smtpConstants = new HashSet<>();
        for (List<Evaluated> sites : evaluated) {
            for (Evaluated e : sites) {
                if (SmtpVerdict.isSmtp(e.evidence(), e.shape())) {
                    smtpConstants.addAll(e.resolved().constants());
                    e.candidate().constant().ifPresent(smtpConstants::add);
                }
            }
        }
        return smtpConstants;
    }

    private Optional<Evaluated> evaluate(CandidateSite given) {
        CandidateSite candidate = parameterContracts.apply(given);
        Optional<Resolved> resolved = index.evaluate(candidate.expression(), candidate.scope(), candidate.position());
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        Optional<CodeShape> shape = CodeShape.of(resolved.get().value());
        if (shape.isEmpty() || (isOutOfRange(shape.get()) && !declaredSmtp(candidate))) {
            return Optional.empty();
        }
        Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        evidence.addAll(candidate.evidence());
        evidence.addAll(shapeEvidence(shape.get()));
        if (resolved.get().constants().stream().anyMatch(index::isLibraryConstant)) {
            evidence.add(Evidence.KNOWN_API);
        }
        return Optional.of(new Evaluated(candidate, resolved.get(), shape.get(), evidence));
    }

    /** A number that is not three digits is only a reply code where an annotation says it is one. */
    private static boolean isOutOfRange(CodeShape shape) {
        return shape instanceof CodeShape.BasicCode basic && (basic.code() < 100 || basic.code() > 999);
    }

    private static boolean declaredSmtp(CandidateSite candidate) {
        return candidate.evidence().contains(Evidence.ANNOTATION) || candidate.evidence().contains(Evidence.CODES_TYPE);
    }

    private static Set<Evidence> shapeEvidence(CodeShape shape) {
        if (!(shape instanceof CodeShape.ReplyText text)) {
            return Set.of();
        }
        List<ReplyLine> lines = text.lines().stream()
                .filter(ReplyLineParse.Parsed.class::isInstance)
                .map(p -> ((ReplyLineParse.Parsed) p).line())
                .toList();
        if (lines.stream().anyMatch(l -> l.enhancedCode().isPresent())) {
            return Set.of(Evidence.REPLY_LINE_WITH_ENHANCED_CODE);
        }
        if (!lines.isEmpty()) {
            return Set.of(Evidence.REPLY_LINE_SHAPE);
        }
        // A line written to the wire with only its separator wrong ("250OK\r\n") still has the shape of a reply.
        boolean wireLine = text.lines().stream().anyMatch(p -> p instanceof ReplyLineParse.Problem problem
                && problem.column() == 3 && problem.input().endsWith("\n"));
        return wireLine ? Set.of(Evidence.REPLY_LINE_SHAPE) : Set.of();
    }

    private static Site site(Evaluated e, Set<Evidence> evidence) {
        CandidateSite candidate = e.candidate();
        return new Site(candidate.role(), candidate.position(), e.resolved().origin(), e.resolved().value(),
                e.resolved().complete(), e.shape(), evidence, candidate.use(), candidate.constant());
    }
}
