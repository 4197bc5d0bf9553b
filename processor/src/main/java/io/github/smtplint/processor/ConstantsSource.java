package io.github.smtplint.processor;

import io.github.smtplint.facts.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * A stand-in source of one top-level type for compilers without javac's tree API: its constants,
 * with the values the compiler computed and smtp-lint's annotations, and its member types, one
 * declaration a line. The engine judges it as it judges real source, so no rule is written twice,
 * and a finding's line names the element to report it on.
 */
final class ConstantsSource {
    private static final String ANNOTATIONS = "io.github.smtplint.annotations.";
    /** The annotations that say what a constant is; others do not change a finding. */
    private static final Set<String> OURS = Set.of(ANNOTATIONS + "SmtpReply", ANNOTATIONS + "EnhancedStatus",
            ANNOTATIONS + "SmtpCodes");
    private static final String SUPPRESS_WARNINGS = "java.lang.SuppressWarnings";

    private final Elements elements;
    private final TypeElement topLevel;
    private final List<String> lines = new ArrayList<>();
    private final Map<Integer, Element> declarations = new HashMap<>();
    private int constants;

    private ConstantsSource(TypeElement topLevel, Elements elements) {
        this.topLevel = topLevel;
        this.elements = elements;
    }

    static ConstantsSource of(TypeElement topLevel, Elements elements) {
        ConstantsSource source = new ConstantsSource(topLevel, elements);
        PackageElement pkg = elements.getPackageOf(topLevel);
        if (!pkg.isUnnamed()) {
            source.lines.add("package " + pkg.getQualifiedName() + ";");
        }
        source.type(topLevel, "");
        return source;
    }

    /** Whether the type or its member types declare any int or String constant, i.e. whether to scan it. */
    boolean declaresConstants() {
        return constants > 0;
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    /** The declaration written on a line, or the top-level type for any other line. */
    Element elementAt(int line) {
        return declarations.getOrDefault(line, topLevel);
    }

    private void type(TypeElement type, String indent) {
        // Interfaces, enums and records become classes: only their constants matter, and a class holds any.
        String modifiers = indent.isEmpty() ? "" : "static ";
        declare(type, indent + annotations(type) + modifiers + "class " + type.getSimpleName() + " {");
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (field.getKind() == ElementKind.FIELD) {
                constant(field, indent + "    ");
            }
        }
        for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
            type(member, indent + "    ");
        }
        lines.add(indent + "}");
    }

    private void constant(VariableElement field, String indent) {
        Optional<Value> value = ElementConstants.value(field.getConstantValue());
        if (value.isEmpty()) {
            return;
        }
        String javaType = value.get() instanceof Value.IntValue ? "int" : "String";
        String literal = value.get() instanceof Value.IntValue number ? Integer.toString(number.value())
                : elements.getConstantExpression(((Value.StringValue) value.get()).value());
        String modifiers = field.getModifiers().contains(Modifier.STATIC) ? "static final " : "final ";
        declare(field, indent + annotations(field) + modifiers + javaType + " " + field.getSimpleName() + " = "
                + literal + ";");
        constants++;
    }

    private void declare(Element element, String line) {
        lines.add(line);
        declarations.put(lines.size(), element);
    }

    /** smtp-lint's annotations and smtp-lint's suppressions, written fully qualified so that no import is needed. */
    private String annotations(Element element) {
        StringBuilder written = new StringBuilder();
        for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
            String name = ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
            if (OURS.contains(name)) {
                written.append('@').append(name).append(arguments(annotation)).append(' ');
            } else if (name.equals(SUPPRESS_WARNINGS)) {
                String ours = strings(annotation).stream().filter(s -> s.startsWith("smtp-lint"))
                        .map(elements::getConstantExpression).collect(Collectors.joining(", "));
                if (!ours.isEmpty()) {
                    written.append("@SuppressWarnings({").append(ours).append("}) ");
                }
            }
        }
        return written.toString();
    }

    /** {@code ({ReplyClass.A, ReplyClass.B})}: the reply classes an annotation names, or nothing. */
    private static String arguments(AnnotationMirror annotation) {
        List<String> classes = new ArrayList<>();
        for (AnnotationValue value : annotation.getElementValues().values()) {
            for (AnnotationValue item : items(value)) {
                if (item.getValue() instanceof VariableElement constant) {
                    classes.add(ANNOTATIONS + "ReplyClass." + constant.getSimpleName());
                }
            }
        }
        return classes.isEmpty() ? "" : "({" + String.join(", ", classes) + "})";
    }

    private static List<String> strings(AnnotationMirror annotation) {
        List<String> strings = new ArrayList<>();
        for (AnnotationValue value : annotation.getElementValues().values()) {
            for (AnnotationValue item : items(value)) {
                if (item.getValue() instanceof String text) {
                    strings.add(text);
                }
            }
        }
        return strings;
    }

    /** The elements of an array value, or the single value itself ({@code @A(X)} is short for {@code @A({X})}). */
    private static List<? extends AnnotationValue> items(AnnotationValue value) {
        if (value.getValue() instanceof List<?> list) {
            return list.stream().filter(AnnotationValue.class::isInstance).map(AnnotationValue.class::cast).toList();
        }
        return List.of(value);
    }
}
