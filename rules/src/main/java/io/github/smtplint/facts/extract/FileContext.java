package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import io.github.smtplint.facts.extract.KnownApis.Protocol;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a whole file says about the protocols it speaks, and its package and imports. */
final class FileContext {
    private static final Set<String> OUR_ANNOTATIONS = Set.of("SmtpReply", "EnhancedStatus", "SmtpOutcome", "SmtpCodes");

    private final String packageName;
    private final List<String> imports;
    private final Set<Protocol> protocols;

    private FileContext(String packageName, List<String> imports, Set<Protocol> protocols) {
        this.packageName = packageName;
        this.imports = List.copyOf(imports);
        this.protocols = protocols;
    }

    static FileContext of(CompilationUnit unit, FileNodes nodes, KnownApis apis) {
        String packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<String> imports = new ArrayList<>();
        Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
        for (ImportDeclaration declaration : unit.getImports()) {
            String name = declaration.getNameAsString() + (declaration.isAsterisk() ? ".*" : "");
            imports.add((declaration.isStatic() ? "static " : "") + name);
            protocols.addAll(apis.protocolsOfImport(declaration.getNameAsString() + (declaration.isAsterisk() ? "." : "")));
        }
        if (Vocabulary.isMailTypeName(packageName)) {
            protocols.add(Protocol.SMTP);
        }
        for (TypeDeclaration<?> type : nodes.types) {
            String name = type.getNameAsString();
            if (type.isTopLevelType() ? Vocabulary.isMailTypeName(name) : Vocabulary.isMailNestedTypeName(name)) {
                protocols.add(Protocol.SMTP);
            }
            if (Vocabulary.isOtherProtocolTypeName(name)) {
                protocols.add(Protocol.OTHER);
            }
        }
        for (AnnotationExpr annotation : nodes.annotations) {
            if (OUR_ANNOTATIONS.contains(annotation.getName().getIdentifier())) {
                protocols.add(Protocol.SMTP);
            }
        }
        if (!protocols.contains(Protocol.SMTP) && holdsSmtpDialogue(nodes.strings)) {
            protocols.add(Protocol.SMTP);
        }
        return new FileContext(packageName, imports, protocols);
    }

    /**
     * Whether the file's strings are a piece of an SMTP dialogue: a command only SMTP has ({@code "EHLO "},
     * {@code "RCPT TO:"}), or a command SMTP shares with other protocols and other text backed by more of
     * the dialogue, a second such command or a reply line. A lone {@code "DATA"} is an HTML attribute or a
     * column name as often as a command.
     */
    private static boolean holdsSmtpDialogue(List<StringLiteralExpr> strings) {
        Set<String> sharedCommands = new HashSet<>();
        boolean replyLine = false;
        for (StringLiteralExpr literal : strings) {
            String text = literal.asString();
            if (Vocabulary.isSmtpOnlyCommand(text)) {
                return true;
            }
            Vocabulary.sharedSmtpCommand(text).ifPresent(sharedCommands::add);
            replyLine = replyLine || Vocabulary.looksLikeReplyLine(text);
            if (sharedCommands.size() > 1 || (replyLine && !sharedCommands.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    String packageName() {
        return packageName;
    }

    List<String> imports() {
        return imports;
    }

    /** The file speaks SMTP and no other protocol. */
    boolean speaksOnlySmtp() {
        return protocols.equals(EnumSet.of(Protocol.SMTP));
    }

    /** The file speaks another protocol and not SMTP. */
    boolean speaksOnlyOtherProtocol() {
        return protocols.equals(EnumSet.of(Protocol.OTHER));
    }
}
