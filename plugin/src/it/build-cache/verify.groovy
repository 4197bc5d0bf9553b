// The check is cacheable: a build of unchanged sources restores its reports from the build cache, byte for
// byte, without scanning; a command line that asks more than the cached build did scans again.
import groovy.json.JsonSlurper

def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 4
def (scanned, copied, stricter, restored) = builds
def scanSummary = /smtp-lint: \d+ errors?, \d+ warnings?, \d+ infos? in /
def findingLine = /(?m)^\[(?:ERROR|WARNING|INFO)\] .+\.java:\[\d+,\d+\] /

// The first build scans, reports and is saved to the cache in this project's folder.
assert scanned.contains('smtp-lint: 0 errors, 2 warnings, 0 infos in 1 file')
assert scanned.findAll(findingLine).size() == 2
assert scanned.contains('Saved Build to local file: ')
assert new File(basedir, 'local-build-cache').isDirectory()
assert !new File(localRepositoryPath, '../build-cache').exists()

// The same sources with a stricter failOnSeverity given on the command line: the cached check does not
// count, the scan runs and fails the build, which is not cached.
assert stricter.contains('Found cached build, restoring ')
assert stricter.contains('Plugin parameter mismatch found. Parameter: failOnSeverity, expected: ERROR, actual: WARNING')
assert stricter =~ scanSummary
assert stricter.contains('smtp-lint: 2 findings at or above WARNING')
assert !stricter.contains('Saved Build')

// The clean build of the same sources restores the project, reports included, and skips the check.
assert restored =~ /Deleting \S+[\\\/]target/
assert restored =~ /Found cached build, restoring io\.github\.smtplint\.it:build-cache from cache by checksum \w+/
assert restored.contains('Skipping plugin execution (cached): smtp-lint:check')
assert !(restored =~ scanSummary)
assert !(restored =~ findingLine)

def reports = new File(basedir, 'target/smtp-lint')
def kept = new File(basedir, 'first-reports')
assert reports.isDirectory(): 'the clean build has no reports: they were not restored'
def names = { File dir -> dir.listFiles().findAll { it.isFile() }*.name.sort() }
assert names(kept) == ['smtp-lint-checkstyle.xml', 'smtp-lint.json', 'smtp-lint.sarif']
assert names(reports) == names(kept)
names(kept).each { name ->
    assert new File(reports, name).bytes == new File(kept, name).bytes: "${name} differs from the scanned one"
}
def json = new JsonSlurper().parse(new File(reports, 'smtp-lint.json'))
assert json.findings*.ruleId.toSorted() == ['MeaningMismatch', 'UnknownEnhancedStatus']
