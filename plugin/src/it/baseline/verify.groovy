// The baseline accepts the old findings even after their lines moved; only the new mistake fails
// the build, and the entry whose finding was fixed is named so the file can shrink.
import groovy.json.JsonSlurper

def baseline = new JsonSlurper().parse(new File(basedir, 'smtp-lint-baseline.json'))
assert baseline.findings*.ruleId.toSorted() == ['UnknownEnhancedStatus', 'UnknownReplyCode', 'UnknownReplyCode']

def log = new File(basedir, 'build.log').text
assert log.contains('smtp-lint: wrote 3 findings of 1 file to ')
assert log =~ /smtp-lint: the baseline .*smtp-lint-baseline\.json accepted 2 findings/
assert log.contains('smtp-lint: 1 baseline entry no longer occur')
assert log =~ /(?m)^\[INFO\]\s+\S*LegacyCodes\.java: UnknownReplyCode 471$/

def reported = log.findAll(/(?m)^\[(?:ERROR|WARNING|INFO)\] .+\.java:\[\d+,\d+\] .*$/)
assert reported.size() == 1
assert reported[0] =~ /LegacyCodes\.java:\[15,\d+\] UnknownEnhancedStatus: 6\.2\.1 /
assert log.contains('smtp-lint: 1 finding at or above ERROR')
