// The findings example-project/README.md promises, exactly: in the console and in the SARIF file.
// example-project-include-tests runs this script too, with expectedTables naming more tables.
import groovy.json.JsonSlurper

def tables = binding.hasVariable('expectedTables') ? expectedTables : ['main']
def expected = tables.collectMany { readExpected(new File(basedir, 'README.md'), it) }
def log = new File(basedir, 'build.log').text

// Every console finding line, in the form IDEs link: [LEVEL] /abs/path/File.java:[line,col] RuleId: message
def consoleLine = ~/(?m)^\[(ERROR|WARNING|INFO)\] (.+\.java):\[(\d+),(\d+)\] (\w+): (.*)$/
def root = basedir.canonicalFile.toPath()
def console = log.findAll(consoleLine) { all, level, path, line, col, rule, message ->
    [file: root.relativize(new File(path).canonicalFile.toPath()).toString().replace('\\', '/'),
     line: line as int, rule: rule, level: level, message: message]
}
assert console.collect { key(it) } as Set == expected.collect { key(it) } as Set
assert console.size() == expected.size()
expected.each { e ->
    def found = console.find { key(it) == key(e) }
    assert found.level == e.severity
    assert found.message.startsWith(e.messageStart)
}

def errors = expected.count { it.severity == 'ERROR' }
def warnings = expected.count { it.severity == 'WARNING' }
assert log.contains("smtp-lint: ${errors} errors, ${warnings} warnings, 0 infos in ")
assert log.contains("smtp-lint: ${errors} findings at or above ERROR (see ")

def sarif = new JsonSlurper().parse(new File(basedir, 'target/smtp-lint/smtp-lint.sarif'))
def results = sarif.runs[0].results
def reported = results.collect { r ->
    def location = r.locations[0].physicalLocation
    [file: location.artifactLocation.uri, line: location.region.startLine, rule: r.ruleId]
}
assert reported.collect { key(it) } as Set == expected.collect { key(it) } as Set
assert reported.size() == expected.size()
assert new File(basedir, 'target/smtp-lint/smtp-lint-checkstyle.xml').text.count('<error ') == expected.size()

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
