// A misspelt rule id fails with a message that names it and lists the real ids, before any scanning.
def log = new File(basedir, 'build.log').text
def message = (log =~ /smtp-lint: rules has the unknown rule id 'UnknownReplyCodes'; the rule ids are: (\w+(?:, \w+)*)/)
assert message.find(): 'no message about the unknown rule id'
def ids = message.group(1).split(', ') as List
assert ids.containsAll(['UnknownReplyCode', 'UnknownEnhancedStatus', 'EnhancedClassMismatch', 'MeaningMismatch'])
assert ids == ids.toSorted()
assert !log.contains('smtp-lint: 0 errors')
assert !new File(basedir, 'target/smtp-lint').exists()
