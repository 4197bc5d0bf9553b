// Clean: nothing in the console, nothing in the reports, and the reports are still written.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('smtp-lint: 0 errors, 0 warnings, 0 infos in 7 files')
assert !(log =~ /(?m)^\[(ERROR|WARNING|INFO)\] .+\.java:\[\d+,\d+\] /)

def sarif = new JsonSlurper().parse(new File(basedir, 'target/smtp-lint/smtp-lint.sarif'))
assert sarif.runs[0].results == []
assert !new File(basedir, 'target/smtp-lint/smtp-lint-checkstyle.xml').text.contains('<error ')

// The files under src/ here are example-project's with the mistakes' lines changed and nothing else;
// when example-project's own change, this says the copies must follow.
def mistakeLines = ['DeliveryClassifier.java': 3, 'ReplyCodes.java': 4]
for (name in mistakeLines.keySet()) {
    def original = new File(basedir, "../example-project/src/main/java/com/example/relay/${name}").readLines()
    def fixed = new File(basedir, "src/main/java/com/example/relay/${name}").readLines()
    assert (original - fixed).size() == mistakeLines[name]:
            "${name} here no longer matches example-project's; copy it again and redo the fixes"
}
