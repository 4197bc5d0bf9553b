package io.github.smtplint.bench;

/** Builds Java source one line at a time, indenting by four spaces per level, and counts the lines. */
final class JavaText {
    private final StringBuilder text = new StringBuilder();
    private int lines;

    JavaText line(int indent, String code) {
        text.append("    ".repeat(indent)).append(code).append('\n');
        lines++;
        return this;
    }

    JavaText blank() {
        text.append('\n');
        lines++;
        return this;
    }

    int lines() {
        return lines;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
