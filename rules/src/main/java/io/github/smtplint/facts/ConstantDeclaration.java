package io.github.smtplint.facts;

import io.github.smtplint.engine.SourcePosition;

/**
 * A {@code static final} field (or interface field) with an initializer, for resolving references.
 *
 * @param qualifiedName e.g. "com.example.ReplyCodes.SERVICE_READY"
 * @param initializer its value, still unresolved
 * @param scope what names in the initializer mean
 * @param position where the initializer is written
 */
public record ConstantDeclaration(String qualifiedName, ValueExpression initializer, TypeScope scope,
                                  SourcePosition position) {

    /** The qualified name of the declaring type. */
    public String owner() {
        return qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
    }

    public String simpleName() {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
