// Skipped means skipped: no scan, no findings, no reports, and the build passes (invoker checks that).
def log = new File(basedir, 'build.log').text
assert log.contains('smtp-lint: skipped')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] .+\.java:\[\d+,\d+\] /)
assert !new File(basedir, 'target/smtp-lint').exists()
// The tests still ran: skipping smtp-lint skips nothing else.
assert log.contains('Tests run: ')
