// The findings example-project/README.md promises, exactly, as compiler messages at their lines:
// its errors fail the compile, its warnings are warnings.
def expected = readExpected(new File(basedir, 'README.md'), 'main')
def log = new File(basedir, 'build.log').text

// maven-compiler-plugin's form: [LEVEL] /abs/path/File.java:[line,col] [smtp-lint:RuleId] message
def compilerLine = ~/(?m)^\[(ERROR|WARNING)\] (.+\.java):\[(\d+),(\d+)\] \[smtp-lint:(\w+)\] (.*)$/
def root = basedir.canonicalFile.toPath()
def reported = log.findAll(compilerLine) { all, level, path, line, col, rule, message ->
    [file: root.relativize(new File(path).canonicalFile.toPath()).toString().replace('\\', '/'),
     line: line as int, rule: rule, level: level, message: message]
}.unique()
assert reported.collect { key(it) } as Set == expected.collect { key(it) } as Set
assert reported.size() == expected.size()
expected.each { e ->
    def found = reported.find { key(it) == key(e) }
    assert found.level == e.severity
    assert found.message.startsWith(e.messageStart)
}
assert log.contains('COMPILATION ERROR')

static String key(Map finding) {
    "${finding.file}:${finding.line} ${finding.rule}"
}

// The rows of the table after <!-- expected-findings:NAME -->: | `file` | line | `rule` | SEVERITY | `message start` |
static List<Map> readExpected(File readme, String name) {
    def lines = readme.readLines()
    int start = lines.indexOf("<!-- expected-findings:${name} -->".toString())
    assert start >= 0: "README.md has no table marked expected-findings:${name}"
    def rows = lines.drop(start + 3).takeWhile { it.startsWith('|') }
    rows.collect { row ->
        def cells = row.split(/\s*\|\s*/).drop(1).collect { it.replaceAll(/^`|`$/, '') }
        [file: cells[0], line: cells[1] as int, rule: cells[2], severity: cells[3], messageStart: cells[4]]
    }
}
