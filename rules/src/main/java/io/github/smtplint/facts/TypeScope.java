package io.github.smtplint.facts;

import java.util.List;

/**
 * What a simple or qualified name can refer to at one place in a file: the package, the imports,
 * and the enclosing types (innermost first) with the supertypes they name. Constants are resolved
 * against it after every file has been read.
 *
 * @param packageName the file's package, "" for the default package
 * @param imports the file's imports as written, e.g. "a.b.Codes", "a.b.*", "static a.b.Codes.OK", "static a.b.Codes.*"
 * @param enclosingTypes qualified names of the enclosing types, innermost first
 * @param supertypes the supertypes the enclosing types name (as written), innermost type's first
 */
public record TypeScope(String packageName, List<String> imports, List<String> enclosingTypes, List<String> supertypes) {
    public TypeScope {
        imports = List.copyOf(imports);
        enclosingTypes = List.copyOf(enclosingTypes);
        supertypes = List.copyOf(supertypes);
    }
}
