package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.smtplint.facts.TypeScope;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link TypeScope} of a place in a file, once per enclosing type. */
final class Scopes {
    private final FileContext context;
    private final SharedValues shared;
    private final Map<Node, TypeScope> byType = new IdentityHashMap<>();
    private final TypeScope topLevel;

    Scopes(FileContext context, SharedValues shared) {
        this.context = context;
        this.shared = shared;
        this.topLevel = shared.scope(new TypeScope(context.packageName(), context.imports(), List.of(), List.of()));
    }

    TypeScope of(Node node) {
        TypeDeclaration<?> type = enclosingType(node);
        return type == null ? topLevel : byType.computeIfAbsent(type, t -> build((TypeDeclaration<?>) t));
    }

    /** The qualified name of a type declared in this file, e.g. "com.example.Outer.Inner". */
    String qualifiedName(TypeDeclaration<?> type) {
        List<String> names = new ArrayList<>();
        for (Node n = type; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> enclosing) {
                names.add(0, enclosing.getNameAsString());
            }
        }
        String packagePrefix = context.packageName().isEmpty() ? "" : context.packageName() + ".";
        return packagePrefix + String.join(".", names);
    }

    private TypeScope build(TypeDeclaration<?> innermost) {
        List<String> enclosing = new ArrayList<>();
        List<String> supertypes = new ArrayList<>();
        for (Node n = innermost; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                enclosing.add(qualifiedName(type));
                supertypes.addAll(supertypesOf(type));
            }
        }
        return shared.scope(new TypeScope(context.packageName(), context.imports(), enclosing, supertypes));
    }

    private static List<String> supertypesOf(TypeDeclaration<?> type) {
        List<ClassOrInterfaceType> named = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            named.addAll(declaration.getExtendedTypes());
            named.addAll(declaration.getImplementedTypes());
        } else if (type instanceof EnumDeclaration declaration) {
            named.addAll(declaration.getImplementedTypes());
        } else if (type instanceof RecordDeclaration declaration) {
            named.addAll(declaration.getImplementedTypes());
        }
        return named.stream().map(t -> t.getNameWithScope()).toList();
    }

    static TypeDeclaration<?> enclosingType(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                return type;
            }
        }
        return null;
    }
}
